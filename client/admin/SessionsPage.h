// Administration → Sessions: who is logged in, from which address and computer, since
// when and last active when (sessions.list); Revoke ends one at once after asking
// (sessions.revoke). Shown with users.manage.
#pragma once

#include "admin/RecordsPage.h"

namespace cordial::client::admin {

class SessionsPage : public RecordsPage
{
    Q_OBJECT
public:
    explicit SessionsPage(Connection *connection, QWidget *parent = nullptr);

protected:
    QList<QStandardItem *> rowItems(const QCborMap &record) const override;
    QString countText(int count) const override;
    void deleteRecord(const QCborMap &record) override;
    // The caller's own session is ended by logging out, not here.
    bool canDelete(const QCborMap &record) const override;
};

} // namespace cordial::client::admin
