// Keeps the other changes from queueing behind one long write transaction.
//
// SQLite has one writer at a time, and on PostgreSQL every change appends to the
// audit chain's head: while a large import writes (20,000 rows into a million
// customers take ~15 s), every other change waits for it — on a worker thread, for up
// to the 10-s busy timeout, and is then refused `busy`. With as many workers as
// cores, the import and one waiting change are all the workers there are, and every
// read waits as well.
//
// So a long transaction closes this gate while it runs. An op whose first write
// transaction would begin while the gate is closed does not begin it: the op ends
// there, before it has written anything, marked deferred, and the connection that
// asked runs it again when the gate opens (net/Session) — its worker is free for
// reads in between. Nothing of the op's is done twice but what it did before its
// first transaction: reading and checking.
//
// The gate sees an op's transactions through OpScope, set by the dispatcher on the
// worker thread around the handler; transactions outside one (jobs, migrations,
// cordialctl) pass as before, waiting for the lock.
#pragma once

#include "protocol/ErrorCode.h"

#include <QObject>

#include <atomic>

namespace cordial::server::db {

class WriteGate : public QObject
{
    Q_OBJECT
public:
    explicit WriteGate(QObject *parent = nullptr) : QObject(parent) {}

    bool isOpen() const { return !m_closed.load(); }

    // The op running on this thread, for its write transactions. Not nested.
    class OpScope
    {
    public:
        explicit OpScope(WriteGate &gate);
        ~OpScope();
        OpScope(const OpScope &) = delete;
        OpScope &operator=(const OpScope &) = delete;

        // The op's first write transaction found the gate closed and did not begin:
        // nothing was written; run the op again when the gate opens.
        bool deferred() const { return m_deferred; }

    private:
        friend class WriteGate;
        WriteGate &m_gate;
        int m_begun = 0;     // write transactions begun by the op
        bool m_long = false; // its next transaction closes the gate
        bool m_deferred = false;
    };

    // The running op's next write transaction is a long one (a large import): the gate
    // is closed from before it begins until it ends. Nothing outside an OpScope.
    static void nextTransactionIsLong();

    // For an op that would do costly work before its first write transaction (an
    // export builds its file, then audits it): deferred at once, as that transaction
    // would be, when the gate is closed and the op has not begun one.
    static protocol::Status deferIfClosed();

    // For WriteTransaction, before it begins: the gate it closed (a long one; it calls
    // open() once it has ended: committed, rolled back, or failed to begin), nullptr
    // when it closed none, or the error the op ends with when it is deferred (`busy`,
    // for a caller that does not run it again).
    static protocol::Result<WriteGate *> enter();
    void open();

Q_SIGNALS:
    // The long transaction ended; emitted on its worker thread (connect queued).
    void opened();

private:
    static protocol::Error deferral(OpScope &scope);

    std::atomic<bool> m_closed{false};
};

} // namespace cordial::server::db
