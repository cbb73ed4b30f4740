// The core of every table backed by a paged list op (customers.list, users.list,
// audit.list …): rows are cached a page at a time and only a bounded number of pages
// keeps its rows, so a list of a million customers scrolls in constant memory (#4).
#pragma once

#include "protocol/Envelope.h"
#include "protocol/ErrorCode.h"

#include <QAbstractTableModel>
#include <QCborMap>
#include <QHash>
#include <QItemSelection>
#include <QList>

#include <functional>

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
//   only: a row that is not loaded has been off screen for pageBudget() pages.
// - A selection may stretch over pages no longer (or never) loaded: readRows() gives
//   the records of any rows, in row order — at once for rows on loaded pages, the
//   others read from the server by the same page requests (cursor, or a seek),
//   narrowed to the id for an id read, at most kMaxInFlight of them and no seek while
//   another is out, without storing them as loaded pages (the view's pages stay). A page
//   that arrives for the view meanwhile serves the read too; a read's page tells the
//   cursor of the next page as a view's page does. A new load ends every read
//   (RowsResult::Reloaded), for its rows are no longer the ones selected. The caller
//   bounds how many rows it asks for (CustomersPage: the server's limit of the action).
class RowsRead;

class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
    friend class RowsRead;

public:
    static constexpr int kRecordIdRole = Qt::UserRole + 2;
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kDefaultPageBudget = 30;
    static constexpr int kMaxInFlight = 2;
    static constexpr int kMaxWishes = 8;

    // Rows first..last (inclusive), as a selection gives them.
    using RowRange = std::pair<int, int>;
    // What readRows() reads of a row that is not loaded: its id (and little else), or
    // everything a loaded row has (the list's columns).
    enum class Columns { Id, Shown };
    struct RowsResult {
        enum Status { Read, Failed, Cancelled, Reloaded };
        Status status = Read;
        QList<QCborMap> rows;  // Read: one per row asked for, in row order (a row the server no longer had is left out)
        protocol::Error error; // Failed: why a page could not be read
        QList<qint64> ids() const;
    };
    using RowsCallback = std::function<void(const RowsResult &result)>;

    explicit PagedModel(Connection *connection, QObject *parent = nullptr);
    ~PagedModel() override;

    // The rows a selection covers as ranges in row order, each row once; counting
    // them needs no index per row (a selection of a million rows is a few ranges).
    static QList<RowRange> rowRanges(const QItemSelection &selection);
    static int countRows(const QList<RowRange> &ranges);
    // Sorted, and overlapping or adjoining ranges joined.
    static QList<RowRange> normalized(QList<RowRange> ranges);
    // Reads the records of these rows (in row order, each once) and calls `done` once
    // with them. When every row's page is loaded it calls `done` before it returns and
    // returns nullptr; otherwise it returns the read in progress (progress, cancel())
    // and calls `done` from the event loop: Read, Failed (a page could not be read),
    // Cancelled (by cancel()) or Reloaded (the list was loaded again). Never after the
    // model is gone.
    RowsRead *readRows(const QList<RowRange> &ranges, Columns columns, RowsCallback done);
    // What a loaded or read record shows in a column, as data() would show its row.
    QVariant recordData(const QCborMap &record, int column, int role) const { return rowData(record, column, role); }

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
    // Removes the loaded rows with these ids (deleted or restored elsewhere); returns
    // how many it found. The others are in pages not loaded: only a new load drops them.
    int removeIds(const QList<qint64> &ids);

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
        QCborMap idArgs = {};  // replace args for a read of ids alone (the narrowest columns)
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
    // A page request for the view (stored as a loaded page) or for a read (not stored).
    enum class Fetch { Rows, Ids, Records };
    struct ReadRequest {
        int page = 0;
        Fetch kind = Fetch::Ids;
    };

    int pageOfRow(int row) const;
    const QCborMap *loadedRow(int row) const;
    std::pair<int, int> findId(qint64 id) const; // (page, index in page), or (-1, -1)
    void wish(int page) const;
    void dispatchWishes();
    quint64 fetch(int page, Fetch kind = Fetch::Rows); // the request id
    void onReply(int page, quint64 id, const protocol::Reply &reply);
    void onReadReply(int page, quint64 id, const protocol::Reply &reply);
    void learnCursor(int page, const QString &nextCursor);
    // Gives the rows of a page to the reads waiting for it (records: all a loaded row has).
    void offerPage(int page, const QList<QCborMap> &rows, bool records);
    void dispatchReads();
    void endReads(RowsResult::Status status, const protocol::Error &error = {});
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
    QHash<quint64, ReadRequest> m_readRequests; // the page requests of reads in progress
    QList<RowsRead *> m_reads;                  // in progress, oldest first
    quint64 m_seek = 0;             // the request id of the seek in flight
    mutable QList<int> m_wishes;    // most recent last
    mutable quint64 m_useClock = 0;
    QTimer *m_dispatch;
    QCborMap m_lastArgs;
    quint64 m_generation = 0;
    int m_total = -1;
};

// One readRows() in progress; the model owns it and deletes it once `done` was called.
class RowsRead : public QObject
{
    Q_OBJECT
public:
    int rowCount() const { return m_rowCount; } // rows asked for
    int readCount() const { return m_readCount; } // rows whose page has been read
    // Stops reading; `done` is called with Cancelled (from the event loop).
    void cancel();

Q_SIGNALS:
    void progress(int read, int rows);

private:
    friend class PagedModel;
    struct Part {
        int page;
        int first; // rows of the page, from its start
        int last;
    };
    RowsRead(PagedModel::Columns columns, PagedModel::RowsCallback done, PagedModel *model);
    bool waitsFor(int page) const { return m_waiting.contains(page); }
    void take(int page, const QList<QCborMap> &rows);
    // Calls `done` from the event loop and leaves the model's reads.
    void finish(PagedModel::RowsResult result);
    PagedModel::RowsResult assemble() const;

    PagedModel *m_model;
    PagedModel::Columns m_columns;
    PagedModel::RowsCallback m_done;
    QList<Part> m_parts;               // in row order
    QList<int> m_waiting;              // pages not read yet, ascending
    QHash<int, QList<QCborMap>> m_pages; // read pages, all their rows
    int m_rowCount = 0;
    int m_readCount = 0;
    bool m_finished = false;
};

} // namespace cordial::client
