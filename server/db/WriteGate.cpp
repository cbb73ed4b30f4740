#include "db/WriteGate.h"

namespace cordial::server::db {

using protocol::ErrorCode;
using protocol::makeError;

namespace {
thread_local WriteGate::OpScope *t_scope = nullptr;
} // namespace

WriteGate::OpScope::OpScope(WriteGate &gate) : m_gate(gate)
{
    Q_ASSERT(!t_scope);
    t_scope = this;
}

WriteGate::OpScope::~OpScope()
{
    t_scope = nullptr;
}

void WriteGate::nextTransactionIsLong()
{
    if (t_scope)
        t_scope->m_long = true;
}

protocol::Error WriteGate::deferral(OpScope &scope)
{
    scope.m_deferred = true;
    return makeError(ErrorCode::Busy, QStringLiteral("a large change (an import) is being saved; try again in a moment"));
}

protocol::Status WriteGate::deferIfClosed()
{
    OpScope *scope = t_scope;
    if (scope && scope->m_begun == 0 && !scope->m_gate.isOpen())
        return deferral(*scope);
    return protocol::Ok{};
}

protocol::Result<WriteGate *> WriteGate::enter()
{
    OpScope *scope = t_scope;
    if (!scope)
        return nullptr;
    // Only an op's first transaction is held back: once it has begun one it may have
    // committed it, and running the op again would do that twice, so a later one
    // waits for the lock as usual.
    WriteGate *closed = nullptr;
    if (std::exchange(scope->m_long, false)) {
        bool expected = false;
        if (scope->m_gate.m_closed.compare_exchange_strong(expected, true))
            closed = &scope->m_gate;
        else if (scope->m_begun == 0) // another long one runs: this one waits its turn
            return deferral(*scope);
    } else if (auto s = deferIfClosed(); !s) {
        return s.error();
    }
    ++scope->m_begun;
    return closed;
}

void WriteGate::open()
{
    m_closed.store(false);
    Q_EMIT opened();
}

} // namespace cordial::server::db
