// Administration → Login bans: the logins and computer addresses blocked after
// repeated failed logins (bans.list), with the failures behind each and until when;
// Lift unblocks one after asking (bans.lift). Shown to administrators of the whole
// company (users.manage with administration scope all), as the server requires.
#pragma once

#include "admin/RecordsPage.h"

namespace cordial::client::admin {

class BansPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit BansPage(Connection *connection, QWidget *parent = nullptr);

protected:
    QList<QStandardItem *> rowItems(const QCborMap &record) const override;
    QString countText(int count) const override;
    void deleteRecord(const QCborMap &record) override;
};

} // namespace cordial::client::admin
