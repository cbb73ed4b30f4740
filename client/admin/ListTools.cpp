#include "admin/ListTools.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace cordial::client::admin {

namespace {

class ListTools
{
    Q_DECLARE_TR_FUNCTIONS(ListTools)
};

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

void installColumnChooser(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        QMenu menu;
        QAbstractItemModel *model = view->model();
        int shown = 0;
        for (int c = 0; c < model->columnCount(); ++c)
            shown += header->isSectionHidden(c) ? 0 : 1;
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *action = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(c));
            // The last visible column stays: a list without columns cannot be undone from its header.
            action->setEnabled(header->isSectionHidden(c) || shown > 1);
            QObject::connect(action, &QAction::toggled, view, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

QString exportShownRows(QTableView *view, const QString &suggestedName)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + suggestedName + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(view, ListTools::tr("Export"), start,
                                                      ListTools::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QString text;
    QStringList fields;
    for (int c : columns)
        fields.append(csvField(model->headerData(c, Qt::Horizontal).toString()));
    text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c : columns)
            fields.append(csvField(model->index(r, c).data().toString()));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ListTools::tr("Could not write the file %1: %2").arg(path, file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return ListTools::tr("Could not write the file %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace cordial::client::admin
