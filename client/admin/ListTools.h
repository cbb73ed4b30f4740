// What every list offers besides its rows: a column chooser on the header and
// export of the rows shown.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace cordial::client::admin {

// Right-click on the header shows a menu of the columns with check boxes.
void installColumnChooser(QTableView *view);

// Asks for a file name and writes the visible columns of the rows shown as CSV
// (UTF-8 with a byte order mark, so that Excel reads the Chinese text). Returns
// an error text, or an empty string on success or when the person cancelled.
QString exportShownRows(QTableView *view, const QString &suggestedName);

} // namespace cordial::client::admin
