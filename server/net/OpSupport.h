// Helpers for op handlers that write.
#pragma once

#include "db/Database.h"
#include "net/OpTable.h"
#include "net/ServerContext.h"

namespace cordial::server {

// Runs `body(tx)` in one write transaction on the handler's connection and commits
// when the outcome is a success; any error rolls everything back.
template <typename Body>
OpOutcome inTransaction(OpContext &ctx, Body body)
{
    db::WriteTransaction tx(ctx.db, ctx.server.pool.dialect());
    if (auto s = tx.begin(); !s)
        return s.error();
    OpOutcome outcome = body(tx);
    if (!outcome.result)
        return outcome;
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace cordial::server
