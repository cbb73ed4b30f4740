#include "customers/FieldForm.h"

#include "admin/AdminText.h"
#include "app/Feedback.h"
#include "domain/Roles.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCborArray>
#include <QIcon>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cordial::client::customers {

namespace {

bool isLong(const FieldInfo &f)
{
    return f.type == QLatin1String("long_text") || f.type == QLatin1String("multi_choice");
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    // 2026年3月5日
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    const auto m = chinese.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

// Amounts read with thousands separators (293,650,000.00) and are edited as plain
// digits: the separators go when the editor takes the focus and come back when it
// leaves.
class MoneyEdit : public QLineEdit
{
public:
    static QString plain(QString text)
    {
        text.remove(QLocale().groupSeparator()).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        return text.trimmed();
    }
    void showValue(const QString &plainText)
    {
        setText(hasFocus() ? plainText : grouped(plainText));
        setCursorPosition(hasFocus() ? int(text().size()) : 0);
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        const QString p = plain(text());
        if (p != text()) {
            setText(p);
            selectAll();
        }
        QLineEdit::focusInEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QLineEdit::focusOutEvent(event);
        setText(grouped(plain(text())));
        setCursorPosition(0);
    }

private:
    static QString grouped(const QString &plainText)
    {
        bool ok = false;
        const double amount = plainText.toDouble(&ok);
        return ok && !plainText.isEmpty() ? QLocale().toString(amount, 'f', 2) : plainText;
    }
};

} // namespace

FieldForm::FieldForm(const CustomerContext &context, const FieldCatalog &catalog, QObject *parent)
    : QObject(parent), m_context(context), m_catalog(catalog)
{
}

const FieldInfo *FieldForm::field(const QString &key) const
{
    const auto it = m_editors.constFind(key);
    return it == m_editors.cend() ? nullptr : &it->field;
}

QWidget *FieldForm::editor(const QString &key) const
{
    return m_editors.value(key).widget;
}

QLabel *FieldForm::errorLabel(const QString &key) const
{
    return m_editors.value(key).error;
}

int FieldForm::pageOf(const QString &key) const
{
    return m_editors.value(key).page;
}

QList<QWidget *> FieldForm::focusChain() const
{
    QList<QWidget *> chain;
    for (const QString &key : m_order)
        chain.append(m_editors.value(key).widget);
    return chain;
}

QWidget *FieldForm::makeEditor(const FieldInfo &f)
{
    const QString &t = f.type;
    const bool assign = m_context.can(domain::rights::kCustomersAssign);
    QWidget *widget = nullptr;
    if (t == QLatin1String("long_text")) {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 14);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldForm::edited);
        widget = edit;
    } else if (t == QLatin1String("choice")) {
        auto *combo = new QComboBox;
        combo->addItem(QString());
        for (const auto &choice : f.choices)
            combo->addItem(f.choiceTitle(choice.first), choice.first);
        combo->setMinimumContentsLength(10);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldForm::edited);
        widget = combo;
    } else if (t == QLatin1String("multi_choice")) {
        auto *list = new QListWidget;
        list->setFlow(QListView::LeftToRight);
        list->setWrapping(true);
        list->setResizeMode(QListView::Adjust);
        list->setSpacing(4);
        for (const auto &choice : f.choices) {
            auto *item = new QListWidgetItem(f.choiceTitle(choice.first));
            item->setData(Qt::UserRole, choice.first);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            list->addItem(item);
        }
        // One row of check boxes; the list wraps (and scrolls) only when the window is narrow.
        list->setFixedHeight(list->fontMetrics().height() + 22);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(list, &QListWidget::itemChanged, this, &FieldForm::edited);
        widget = list;
    } else if (t == QLatin1String("boolean")) {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, &FieldForm::edited);
        widget = check;
    } else if (t == QLatin1String("user") && f.key == QLatin1String("owner_id") && assign && !f.readOnly) {
        auto *combo = new QComboBox;
        for (const auto &user : m_context.users)
            combo->addItem(user.second, user.first);
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldForm::edited);
        widget = combo;
    } else if (t == QLatin1String("region") && f.key == QLatin1String("province")) {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(m_context.provinces());
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->lineEdit()->setMaxLength(f.maxLength > 0 ? f.maxLength : 40);
        connect(combo, &QComboBox::currentTextChanged, this, &FieldForm::edited);
        widget = combo;
    } else if (t == QLatin1String("region") && f.key == QLatin1String("city") && !m_context.regions.isEmpty()) {
        // The cities of the province chosen beside it; any other name may be typed.
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->lineEdit()->setMaxLength(f.maxLength > 0 ? f.maxLength : 40);
        connect(combo, &QComboBox::currentTextChanged, this, &FieldForm::edited);
        widget = combo;
    } else {
        auto *edit = t == QLatin1String("money") ? new MoneyEdit : new QLineEdit;
        if (f.maxLength > 0)
            edit->setMaxLength(f.maxLength);
        if (t == QLatin1String("money")) {
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?[0-9]{0,13}([.][0-9]{0,2})?$")), edit));
            edit->setAlignment(Qt::AlignRight);
            edit->setPlaceholderText(QStringLiteral("0.00"));
        } else if (t == QLatin1String("integer")) {
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^-?[0-9]{0,12}$")), edit));
            edit->setAlignment(Qt::AlignRight);
        } else if (t == QLatin1String("date")) {
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
            edit->setMaxLength(12);
            edit->setToolTip(tr("A date such as 2026-03-05; 2026/3/5 and 20260305 are understood too"));
            connect(edit, &QLineEdit::editingFinished, this, [edit] {
                const QDate d = parseDate(edit->text());
                if (d.isValid())
                    edit->setText(d.toString(Qt::ISODate));
            });
            // A calendar for those who prefer to pick (F4 or the icon); typing stays the fast way.
            QAction *pick = edit->addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
            pick->setToolTip(tr("Choose a date (F4)"));
            pick->setShortcut(Qt::Key_F4);
            pick->setShortcutContext(Qt::WidgetShortcut);
            connect(pick, &QAction::triggered, this, [this, edit] {
                auto *popup = new QCalendarWidget(edit);
                popup->setObjectName(QStringLiteral("datePopup"));
                popup->setWindowFlags(Qt::Popup);
                popup->setAttribute(Qt::WA_DeleteOnClose);
                popup->setGridVisible(true);
                const QDate current = parseDate(edit->text());
                popup->setSelectedDate(current.isValid() ? current : QDate::currentDate());
                auto choose = [this, edit, popup](const QDate &date) {
                    edit->setText(date.toString(Qt::ISODate));
                    popup->close();
                    edit->setFocus();
                    Q_EMIT edited();
                };
                connect(popup, &QCalendarWidget::clicked, this, choose);
                connect(popup, &QCalendarWidget::activated, this, choose);
                popup->adjustSize();
                popup->move(edit->mapToGlobal(QPoint(edit->width() - popup->width(), edit->height())));
                popup->show();
                popup->setFocus();
            });
        } else if (t == QLatin1String("mobile")) {
            edit->setPlaceholderText(tr("11 digits, e.g. 138 0013 8000"));
        } else if (t == QLatin1String("email")) {
            edit->setPlaceholderText(QStringLiteral("name@example.com"));
        }
        if (f.readOnly || t == QLatin1String("datetime") || t == QLatin1String("user")
            || t == QLatin1String("department")) {
            edit->setReadOnly(true);
            edit->setFocusPolicy(Qt::ClickFocus);
            edit->setStyleSheet(QStringLiteral("QLineEdit { background: palette(window); }"));
        }
        connect(edit, &QLineEdit::textEdited, this, &FieldForm::edited);
        widget = edit;
    }
    if (f.readOnly && !qobject_cast<QLineEdit *>(widget)) {
        // Shown, not changed: read-only for the caller's role (line edits are handled above).
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setReadOnly(true);
        else
            widget->setEnabled(false);
    }
    if (f.readOnlyForRole)
        widget->setToolTip(tr("Your role lets you see this field but not change it."));
    widget->setObjectName(QStringLiteral("field_") + f.key);
    return widget;
}

void FieldForm::addFields(QGridLayout *grid, const QList<FieldInfo> &fields, int page)
{
    int row = grid->rowCount();
    if (row == 1 && !grid->itemAtPosition(0, 0))
        row = 0;
    int column = 0; // 0 = left pair, 1 = right pair
    for (const FieldInfo &f : fields) {
        Editor e;
        e.field = f;
        e.page = page;
        e.widget = makeEditor(f);
        e.error = feedback::errorLabel(QStringLiteral("error_") + f.key);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(e.widget);
        cellLayout->addWidget(e.error);

        //: A field's label in a form; %1 is the field's name.
        QString text = tr("%1:").arg(f.title());
        auto *label = new QLabel;
        if (f.required && !f.readOnly)
            label->setText(QStringLiteral("<span style=\"color:%1\">*</span>&nbsp;").arg(feedback::errorColour()) + text.toHtmlEscaped());
        else
            label->setText(text);
        label->setBuddy(e.widget);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setContentsMargins(0, 5, 0, 0);

        if (isLong(f)) {
            if (column == 1)
                ++row;
            grid->addWidget(label, row, 0);
            grid->addWidget(cell, row, 1, 1, 3);
            ++row;
            column = 0;
        } else {
            grid->addWidget(label, row, column * 2);
            grid->addWidget(cell, row, column * 2 + 1);
            if (column == 1)
                ++row;
            column = 1 - column;
        }
        m_editors.insert(f.key, e);
        m_order.append(f.key);
    }
    auto *province = qobject_cast<QComboBox *>(editor(QStringLiteral("province")));
    auto *city = qobject_cast<QComboBox *>(editor(QStringLiteral("city")));
    if (province && city) {
        auto fillCities = [this, city](const QString &name) {
            const QString typed = city->currentText();
            const QSignalBlocker blocker(city);
            city->clear();
            city->addItem(QString());
            city->addItems(m_context.cities(name.trimmed()));
            city->setEditText(typed);
        };
        connect(province, &QComboBox::currentTextChanged, city, fillCities);
        fillCities(province->currentText());
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnMinimumWidth(2, 0);
}

QCborValue FieldForm::canonical(const FieldInfo &f, const QCborValue &v)
{
    const QString &t = f.type;
    if (v.isUndefined() || v.isNull())
        return QCborValue(QCborValue::Null);
    if (t == QLatin1String("multi_choice")) {
        const QCborArray in = v.toArray();
        QCborArray out;
        for (const auto &choice : f.choices)
            if (in.contains(QCborValue(choice.first)))
                out.append(choice.first);
        return out.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(out);
    }
    if (t == QLatin1String("boolean"))
        return v.toBool();
    if (t == QLatin1String("integer") || t == QLatin1String("user") || t == QLatin1String("department")) {
        if (v.isInteger())
            return v.toInteger();
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? QCborValue(n) : (v.toString().trimmed().isEmpty() ? QCborValue(QCborValue::Null) : v);
    }
    if (t == QLatin1String("money")) {
        if (v.isInteger() || v.isDouble())
            return QString::number(v.toDouble(), 'f', 2);
        const QString text = MoneyEdit::plain(v.toString());
        if (text.isEmpty())
            return QCborValue(QCborValue::Null);
        bool ok = false;
        const double amount = text.toDouble(&ok);
        return ok ? QCborValue(QString::number(amount, 'f', 2)) : QCborValue(text);
    }
    if (t == QLatin1String("date")) {
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            return QCborValue(QCborValue::Null);
        const QDate d = parseDate(text);
        return d.isValid() ? d.toString(Qt::ISODate) : text;
    }
    if (v.isString()) {
        QString text = v.toString();
        if (t != QLatin1String("long_text"))
            text = text.trimmed();
        else
            while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
                text.chop(1);
        return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
    }
    return v;
}

QCborValue FieldForm::read(const Editor &e) const
{
    QCborValue raw;
    if (auto *edit = qobject_cast<QLineEdit *>(e.widget))
        raw = edit->text();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(e.widget))
        raw = text->toPlainText();
    else if (auto *combo = qobject_cast<QComboBox *>(e.widget))
        raw = combo->isEditable() ? QCborValue(combo->currentText())
                                  : QCborValue::fromVariant(combo->currentData());
    else if (auto *list = qobject_cast<QListWidget *>(e.widget)) {
        QCborArray keys;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        raw = keys;
    } else if (auto *check = qobject_cast<QCheckBox *>(e.widget))
        raw = check->isChecked();
    if (raw.isInvalid())
        raw = QCborValue(QCborValue::Null);
    return canonical(e.field, raw);
}

void FieldForm::write(const Editor &e, const QCborValue &value)
{
    const FieldInfo &f = e.field;
    if (auto *edit = qobject_cast<QLineEdit *>(e.widget)) {
        QString text;
        if (f.type == QLatin1String("user") || f.type == QLatin1String("department")
            || f.type == QLatin1String("datetime")) {
            QCborMap names = m_record;
            if (f.key == QLatin1String("updated_by") && value.isInteger())
                names.insert(QStringLiteral("updated_by_name"), m_context.userName(value.toInteger()));
            if (f.key == QLatin1String("owner_id") && value.isInteger() && names.value(QStringLiteral("owner_name")).toString().isEmpty())
                names.insert(QStringLiteral("owner_name"), m_context.userName(value.toInteger()));
            text = FieldText::display(f, value, names);
        } else if (f.type == QLatin1String("money")) {
            text = value.isNull() || value.isUndefined() ? QString() : canonical(f, value).toString();
            if (auto *money = dynamic_cast<MoneyEdit *>(edit)) {
                money->showValue(text);
                return;
            }
        } else if (f.type == QLatin1String("integer")) {
            text = value.isInteger() ? QString::number(value.toInteger()) : value.toString();
        } else {
            text = value.isString() ? value.toString() : QString();
        }
        edit->setText(text);
        edit->setCursorPosition(0);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(e.widget)) {
        plain->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(e.widget)) {
        if (combo->isEditable()) {
            combo->setEditText(value.toString());
        } else {
            const QVariant data = value.isInteger() ? QVariant(value.toInteger()) : QVariant(value.toString());
            int index = value.isNull() || value.isUndefined() ? 0 : combo->findData(data);
            if (index < 0 && value.isInteger()) {
                // A follower outside the list (another department): shown by name.
                QString name = m_record.value(QStringLiteral("owner_name")).toString();
                combo->addItem(name.isEmpty() ? QStringLiteral("#%1").arg(value.toInteger()) : name, value.toInteger());
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(0, index));
        }
    } else if (auto *list = qobject_cast<QListWidget *>(e.widget)) {
        const QCborArray keys = value.toArray();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(keys.contains(QCborValue(list->item(i)->data(Qt::UserRole).toString()))
                                             ? Qt::Checked
                                             : Qt::Unchecked);
    } else if (auto *check = qobject_cast<QCheckBox *>(e.widget)) {
        check->setChecked(value.toBool());
    }
}

void FieldForm::setRecord(const QCborMap &record)
{
    m_filling = true;
    m_record = record;
    for (const QString &key : m_order)
        write(m_editors[key], record.value(key));
    m_filling = false;
    clearErrors();
}

QCborValue FieldForm::value(const QString &key) const
{
    const auto it = m_editors.constFind(key);
    return it == m_editors.cend() ? QCborValue() : read(*it);
}

void FieldForm::setValue(const QString &key, const QCborValue &value)
{
    const auto it = m_editors.constFind(key);
    if (it != m_editors.cend()) {
        write(*it, value);
        Q_EMIT edited();
    }
}

QCborMap FieldForm::changes() const
{
    QCborMap changed;
    for (const QString &key : m_order) {
        const Editor &e = m_editors[key];
        if (e.field.readOnly || e.field.type == QLatin1String("datetime") || e.field.type == QLatin1String("department"))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(e.widget); edit && edit->isReadOnly())
            continue;
        const QCborValue now = read(e);
        if (now != canonical(e.field, m_record.value(key)))
            changed.insert(key, now);
    }
    return changed;
}

QCborMap FieldForm::nonEmptyValues() const
{
    QCborMap values;
    for (const QString &key : m_order) {
        const Editor &e = m_editors[key];
        if (e.field.readOnly)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(e.widget); edit && edit->isReadOnly())
            continue;
        const QCborValue v = read(e);
        if (!v.isNull() && !(v.isBool() && !v.toBool()))
            values.insert(key, v);
    }
    return values;
}

void FieldForm::showError(const QString &key, const QString &text)
{
    const auto it = m_editors.constFind(key);
    if (it == m_editors.cend())
        return;
    it->error->setText(text);
    it->error->show();
    Q_EMIT revealRequested(it->page, it->widget);
}

void FieldForm::clearErrors()
{
    for (const Editor &e : std::as_const(m_editors)) {
        e.error->clear();
        e.error->hide();
    }
}

bool FieldForm::validate()
{
    clearErrors();
    for (const QString &key : m_order) {
        const Editor &e = m_editors[key];
        if (e.field.readOnly)
            continue;
        const QCborValue v = read(e);
        if (e.field.required && v.isNull()) {
            showError(key, tr("This field is required."));
            return false;
        }
        if (e.field.type == QLatin1String("date") && v.isString() && !QDate::fromString(v.toString(), Qt::ISODate).isValid()) {
            showError(key, tr("Enter a date as YYYY-MM-DD, for example 2026-03-05."));
            return false;
        }
    }
    return true;
}

QString FieldForm::errorText(const FieldInfo &f, const protocol::Error &error)
{
    const QString &t = f.type;
    const QString &m = error.message;
    if (error.code == protocol::ErrorCode::Forbidden)
        return tr("You may not change this field.");
    if (error.code == protocol::ErrorCode::NotFound)
        return tr("The selected person is not in your part of the company.");
    if (m.contains(QLatin1String("must not be empty")))
        return tr("This field is required.");
    if (m.contains(QLatin1String("longer than")))
        return tr("This text is too long: at most %n character(s).", nullptr, f.maxLength);
    if (t == QLatin1String("mobile"))
        return tr("Not a mobile number: enter 11 digits starting with 1, for example 138 0013 8000.");
    if (t == QLatin1String("email"))
        return tr("Not an e-mail address: enter it as name@example.com.");
    if (t == QLatin1String("phone"))
        return tr("Not a telephone number: use digits, spaces, + - ( ) and an extension.");
    if (t == QLatin1String("url"))
        return tr("Not a web address: enter it as www.example.com.");
    if (t == QLatin1String("date"))
        return tr("Enter a date as YYYY-MM-DD, for example 2026-03-05.");
    if (t == QLatin1String("money"))
        return tr("Enter an amount with at most two decimal places.");
    if (t == QLatin1String("integer"))
        return tr("Enter a whole number.");
    if (t == QLatin1String("choice") || t == QLatin1String("multi_choice"))
        return tr("Choose one of the values in the list.");
    return admin::AdminText::errorMessage(error);
}

} // namespace cordial::client::customers
