// The core of every table backed by a paged list op (customers.list, users.list,
// audit.list …): rows are cached a page at a time and only a bounded number of pages
// keeps its rows, so a list of a million customers scrolls in constant memory (#4).
#pragma once

#include "protocol/Envelope.h"
#include "protocol/ErrorCode.h"

#include <QAbstractTableModel>
#include <QCborMap>
#include <QHash>
#include <QList>

class QTimer;

namespace cordial::client {

class Connection;

// How it works, and why:
// - The list is a sequence of pages (pageSize() rows each, 100 by default). Every
//   page remembers how to be read again: its start cursor once the page before it
//   has been read (keyset pagination, as fast at any depth), otherwise — for an op
//   that can seek — its row offset. A page holds its rows only while it is among the
//   pageBudget() most recently used ones (LRU); the others keep just their cursor,
//   a few hundred bytes, so the 10,000 pages of a million customers cost ~3 MB.
// - The scroll bar has one of two shapes, chosen by the op:
//   * sized (customers.list, which reports `total` on its first page and takes
//     `offset`): rowCount() is the total from the first reply, so the thumb shows
//     where one is in the whole list and can be dragged to any point. A page never
//     walked to is read with `offset` — one seek, whose cost grows with the depth
//     (docs/performance.md) — and the pages after it by cursor again. A growing
//     list would reach row 900,000 only by reading the 9,000 pages before it.
//     The page layout is fixed by the first reply (a page keeps its row count):
//     customers others add or remove meanwhile can push a row out of view, or show
//     one twice, at a page border until the next load (Refresh).
//   * growing (users.list, audit.list, customers.search: no seek): rowCount() grows a
//     page at a time through canFetchMore()/fetchMore(), as views expect; pages
//     scrolled far away are still evicted and read again by their cursor.
// - data() of a row whose page is not loaded answers an empty value and wishes for
//   the page, and counts as used then (LRU), so pages wished for while the thumb flew
//   past are evicted before the page in view, or not asked for at all when the budget
//   would evict them on arrival. Wishes are coalesced and sent from the event loop:
//   at most one request per page, kMaxInFlight in all and one seek are outstanding,
//   and only the kMaxWishes most recent wishes are kept, so dragging the thumb across
//   a million rows sends a handful of requests, not thousands.
// - Loading a new list cancels every request in flight and bumps the generation; a
//   reply of an older generation, or one no longer expected for its page, is dropped.
// - Rows are found by id (rowOfId, updateRecord, removeIds) among the loaded pages
//   only: a row that is not loaded has been off screen for pageBudget() pages; a
//   selection stretched that far acts on its loaded rows (CustomersPage::selectedIds).
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kRecordIdRole = Qt::UserRole + 2;
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kDefaultPageBudget = 30;
    static constexpr int kMaxInFlight = 2;
    static constexpr int kMaxWishes = 8;

    explicit PagedModel(Connection *connection, QObject *parent = nullptr);
    ~PagedModel() override;

    // Both take effect with the next load.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // How many pages keep their rows; at least the pages a view shows at once.
    void setPageBudget(int pages) { m_pageBudget = qMax(1, pages); }
    int pageBudget() const { return m_pageBudget; }

    // The row if its page is loaded, an empty map otherwise (no fetch is started).
    QCborMap record(int row) const;
    qint64 idAt(int row) const;
    // The row of a loaded record with this id, or -1.
    int rowOfId(qint64 id) const;
    // Replaces the loaded record with the same "id" (after an edit), keeping the scroll position.
    void updateRecord(const QCborMap &record);
    // Removes the loaded rows with these ids (deleted or restored elsewhere).
    void removeIds(const QList<qint64> &ids);

    // The "total" the server reported, or the row count once the whole list has been
    // read; -1 while unknown.
    int total() const { return m_total; }
    bool isLoading() const { return !m_inFlight.isEmpty(); }
    bool isRowLoaded(int row) const;
    // The rows held in memory now: at most pageBudget() pages of them.
    int loadedRowCount() const;
    quint64 generation() const { return m_generation; }
    // The arguments of the last request sent, for tests.
    QCborMap lastArgs() const { return m_lastArgs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(); // a page arrived
    void totalChanged(int total);
    void loadFailed(const cordial::protocol::Error &error);

protected:
    struct ListRequest {
        QString op;
        QCborMap args;       // without limit, cursor and offset
        bool seekable = false; // the op takes `offset` and reports `total` on its first page
        int pageSize = 0;      // rows a page; 0 for pageSize()
    };
    // Forgets every row and asks for the first page of this list.
    void load(ListRequest request);
    // What a loaded row shows in a column (any role but kRecordIdRole).
    virtual QVariant rowData(const QCborMap &row, int column, int role) const = 0;

private:
    struct Page {
        QString cursor;          // where the page starts when reachable; empty for the first page
        bool reachable = false;  // the cursor is known (the first page, or the page before was read)
        bool loaded = false;
        bool failed = false;     // not wished again until the next load
        int count = 0;           // rows of the list in this page
        QList<QCborMap> rows;    // while loaded
        mutable quint64 lastUse = 0; // data() marks the use
    };
    static constexpr int kTail = -1; // the request for the page after the last (growing lists)

    int pageOfRow(int row) const;
    const QCborMap *loadedRow(int row) const;
    std::pair<int, int> findId(qint64 id) const; // (page, index in page), or (-1, -1)
    void wish(int page) const;
    void dispatchWishes();
    quint64 fetch(int page); // the request id
    void onReply(int page, quint64 id, const protocol::Reply &reply);
    void setupPages(const QCborMap &first, const QCborArray &items);
    void storeRows(int page, const QCborArray &items, const QString &nextCursor);
    int newerLoadedPages(quint64 use) const;
    void evict();
    void setTotal(int total);

    Connection *m_connection;
    ListRequest m_request;
    int m_pageSize = kDefaultPageSize;
    int m_pageBudget = kDefaultPageBudget;
    bool m_sized = false;
    QList<Page> m_pages;
    QList<int> m_starts;       // first row of every page
    QList<int> m_loadedPages;  // indexes of the pages holding rows
    int m_rowCount = 0;
    QString m_nextCursor;      // growing lists: where the page after the last starts
    bool m_tailFailed = false;
    QHash<quint64, int> m_inFlight; // request id → page (or kTail)
    quint64 m_seek = 0;             // the request id of the seek in flight
    mutable QList<int> m_wishes;    // most recent last
    mutable quint64 m_useClock = 0;
    QTimer *m_dispatch;
    QCborMap m_lastArgs;
    quint64 m_generation = 0;
    int m_total = -1;
};

} // namespace cordial::client
