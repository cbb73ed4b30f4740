#include "app/Feedback.h"

#include <QLabel>

namespace cordial::client::feedback {

QString errorColour()
{
    return QStringLiteral("#b3261e");
}

QString errorTextStyle()
{
    return QStringLiteral("QLabel { color: %1; }").arg(errorColour());
}

QString errorBoxStyle()
{
    return QStringLiteral("color: %1; background: #fdecea; border: 1px solid #f5c2c0; padding: 6px; border-radius: 3px;")
        .arg(errorColour());
}

QString invalidEditorStyle()
{
    return QStringLiteral("border: 1px solid %1;").arg(errorColour());
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(errorTextStyle());
    label->hide();
    return label;
}

} // namespace cordial::client::feedback
