#include "customers/PrintOps.h"

#include "audit/AuditLog.h"
#include "customers/CustomerStore.h"
#include "net/ArgReader.h"
#include "net/OpSupport.h"

#include <QCborArray>
#include <QJsonArray>

namespace cordial::server::customers {

using protocol::ErrorCode;
using protocol::makeError;

namespace {

// A printout is read by people: a few pages, not a data dump (that is customers.export).
constexpr int kMaxPrintIds = 500;

} // namespace

OpOutcome printCustomers(OpContext &ctx)
{
    net::ArgReader args(ctx.request.args);
    const auto ids = args.optionalIdList(QStringLiteral("ids"), kMaxPrintIds);
    if (args.ok() && (!ids || ids->isEmpty()))
        args.fail(QStringLiteral("ids"), QStringLiteral("'ids' is a list of 1 to %1 customer ids").arg(kMaxPrintIds));
    if (!args.ok())
        return args.error();

    // Each customer as customers.get gives it to this caller: in scope, not binned,
    // without the fields the caller's role hides (its contacts' too).
    QCborArray items;
    QCborArray skipped;
    QJsonArray printed;
    for (qint64 id : ids.value()) {
        auto row = loadCustomer(ctx.db, ctx.caller, id);
        if (!row) {
            if (row.error().code != ErrorCode::NotFound)
                return row.error();
            if (ids->size() == 1)
                return makeError(ErrorCode::NotFound, QStringLiteral("no such customer"), QStringLiteral("ids"));
            skipped.append(id); // not visible, binned or missing: the same to the caller
            continue;
        }
        QCborMap wire = toWire(row.value());
        redactCustomer(ctx.caller, wire);
        items.append(wire);
        printed.append(id);
    }
    const qint64 now = db::nowMs();
    QJsonObject auditImage{{QStringLiteral("ids"), printed}, {QStringLiteral("rows"), printed.size()}};
    if (!skipped.isEmpty())
        auditImage.insert(QStringLiteral("skipped"), skipped.toJsonArray());
    // No entity id even for one customer: the row is not a version of the customer,
    // and its history (and restore_version) reads only versions.
    return inTransaction(ctx, [&](const db::WriteTransaction &tx) -> OpOutcome {
        if (auto s = audit::append(tx, ctx.caller, {ctx.request.op, QStringLiteral("customer"), std::nullopt,
                                                    std::nullopt, auditImage});
            !s)
            return s.error();
        return QCborMap{{QStringLiteral("items"), items},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("printed_at"), db::isoTime(now)}};
    });
}

} // namespace cordial::server::customers
