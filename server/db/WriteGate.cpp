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
    if (m_holds) { // a transaction that outlived its op; never in practice
        m_holds = false;
        m_gate.open();
    }
    t_scope = nullptr;
}

void WriteGate::nextTransactionIsLong()
{
    if (t_scope)
        t_scope->m_long = true;
}

protocol::Status WriteGate::enter()
{
    OpScope *scope = t_scope;
    if (!scope)
        return protocol::Ok{};
    const bool first = scope->m_begun == 0;
    const bool isLong = std::exchange(scope->m_long, false);
    bool expected = false;
    if (isLong && scope->m_gate.m_closed.compare_exchange_strong(expected, true)) {
        scope->m_holds = true;
    } else if (first && !scope->m_gate.isOpen()) {
        // Once an op has begun a transaction it may have committed one: running it
        // again would do that twice, so a later one waits for the lock as usual.
        scope->m_deferred = true;
        return makeError(ErrorCode::Busy,
                         QStringLiteral("a large change (an import) is being saved; try again in a moment"));
    }
    ++scope->m_begun;
    return protocol::Ok{};
}

void WriteGate::leave()
{
    OpScope *scope = t_scope;
    if (!scope || !scope->m_holds)
        return;
    scope->m_holds = false;
    scope->m_gate.open();
}

void WriteGate::open()
{
    m_closed.store(false);
    Q_EMIT opened();
}

} // namespace cordial::server::db
