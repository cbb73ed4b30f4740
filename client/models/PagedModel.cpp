#include "models/PagedModel.h"

#include "net/Connection.h"

#include <QCborArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace cordial::client {

PagedModel::PagedModel(Connection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_dispatch(new QTimer(this))
{
    // Wishes made while a view paints are sent together once it has finished.
    m_dispatch->setSingleShot(true);
    m_dispatch->setInterval(0);
    connect(m_dispatch, &QTimer::timeout, this, &PagedModel::dispatchWishes);
}

PagedModel::~PagedModel()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_connection->cancel(it.key());
    for (auto it = m_readRequests.cbegin(); it != m_readRequests.cend(); ++it)
        m_connection->cancel(it.key());
}

void PagedModel::load(ListRequest request)
{
    const bool wasLoading = isLoading();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_connection->cancel(it.key());
    m_inFlight.clear();
    for (auto it = m_readRequests.cbegin(); it != m_readRequests.cend(); ++it)
        m_connection->cancel(it.key());
    m_readRequests.clear();
    // A read's rows are no longer the rows of this list, nor those selected.
    endReads(RowsResult::Reloaded);
    m_seek = 0;
    ++m_generation;
    beginResetModel();
    m_request = std::move(request);
    if (m_request.pageSize <= 0)
        m_request.pageSize = m_pageSize;
    m_sized = false;
    m_pages.clear();
    m_starts.clear();
    m_loadedPages.clear();
    m_rowCount = 0;
    m_nextCursor.clear();
    m_tailFailed = false;
    m_wishes.clear();
    endResetModel();
    setTotal(-1);
    fetch(kTail);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

quint64 PagedModel::fetch(int page, Fetch kind)
{
    QCborMap args = m_request.args;
    if (kind == Fetch::Ids) {
        for (auto it = m_request.idArgs.cbegin(); it != m_request.idArgs.cend(); ++it)
            args.insert(it.key(), it.value());
    }
    if (page == kTail) {
        args.insert(QStringLiteral("limit"), m_request.pageSize);
        if (!m_nextCursor.isEmpty())
            args.insert(QStringLiteral("cursor"), m_nextCursor);
    } else {
        const Page &p = m_pages[page];
        // A page whose rows were removed here since holds fewer on the server too.
        args.insert(QStringLiteral("limit"), p.count);
        if (!p.cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), p.cursor);
        else if (m_sized)
            // A seek; for the first page it also spares the server counting the total again.
            args.insert(QStringLiteral("offset"), p.reachable ? 0 : m_starts[page]);
    }
    m_lastArgs = args;

    const quint64 generation = m_generation;
    QPointer<PagedModel> self(this);
    auto id = std::make_shared<quint64>(0);
    *id = m_connection->request(m_request.op, args, [this, self, id, generation, page, kind](const protocol::Reply &reply) {
        // Cancelled requests are not answered, but a reply already queued for
        // delivery when the list changed may still come: it belongs to the old list.
        if (!self || generation != m_generation)
            return;
        if (kind == Fetch::Rows && m_inFlight.contains(*id))
            onReply(page, *id, reply);
        else if (kind != Fetch::Rows && m_readRequests.contains(*id))
            onReadReply(page, *id, reply);
    });
    if (kind == Fetch::Rows)
        m_inFlight.insert(*id, page);
    else
        m_readRequests.insert(*id, {page, kind});
    return *id;
}

void PagedModel::onReply(int page, quint64 id, const protocol::Reply &reply)
{
    m_inFlight.remove(id);
    if (id == m_seek)
        m_seek = 0;
    if (!reply.ok) {
        if (page == kTail)
            m_tailFailed = true;
        else
            m_pages[page].failed = true;
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(reply.error);
        dispatchReads(); // the seek may have held one back
        return;
    }
    const QCborMap result = reply.result.toMap();
    const QCborArray items = result.value(QStringLiteral("items")).toArray();
    const QString nextCursor = result.value(QStringLiteral("next_cursor")).toString();
    if (page != kTail) {
        storeRows(page, items, nextCursor);
        const int first = m_starts[page];
        if (m_pages[page].loaded && m_pages[page].count > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(first, 0), index(first + m_pages[page].count - 1, columnCount() - 1));
    } else if (m_pages.isEmpty()) {
        setupPages(result, items);
    } else {
        // Growing: the page after the last.
        Page next;
        next.cursor = m_nextCursor;
        next.reachable = true;
        next.count = int(items.size());
        if (next.count > 0)
            beginInsertRows({}, m_rowCount, m_rowCount + next.count - 1);
        m_pages.append(next);
        m_starts.append(m_rowCount);
        m_rowCount += next.count;
        storeRows(int(m_pages.size()) - 1, items, nextCursor);
        if (next.count > 0)
            endInsertRows();
        m_nextCursor = nextCursor;
        const QCborValue total = result.value(QStringLiteral("total"));
        if (total.isInteger())
            setTotal(int(total.toInteger()));
    }
    if (!m_sized && m_nextCursor.isEmpty() && m_total < 0)
        setTotal(m_rowCount); // the whole list has been read
    if (!isLoading())
        Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
    if (!m_wishes.isEmpty())
        m_dispatch->start();
    dispatchReads();
}

void PagedModel::onReadReply(int page, quint64 id, const protocol::Reply &reply)
{
    const ReadRequest request = m_readRequests.take(id);
    if (id == m_seek)
        m_seek = 0;
    if (!reply.ok) {
        const QList<RowsRead *> reads = m_reads;
        for (RowsRead *read : reads)
            if (read->waitsFor(page))
                read->finish({RowsResult::Failed, {}, reply.error});
    } else {
        const QCborMap result = reply.result.toMap();
        const QCborArray items = result.value(QStringLiteral("items")).toArray();
        QList<QCborMap> rows;
        rows.reserve(m_pages[page].count);
        // As storeRows(): the page keeps the rows it was counted with.
        for (qsizetype i = 0; i < items.size() && i < m_pages[page].count; ++i)
            rows.append(items.at(i).toMap());
        learnCursor(page, result.value(QStringLiteral("next_cursor")).toString());
        offerPage(page, rows, request.kind == Fetch::Records);
    }
    if (!m_wishes.isEmpty())
        m_dispatch->start(); // a wish may have waited for the seek
    dispatchReads();
}

QList<PagedModel::RowRange> PagedModel::rowRanges(const QItemSelection &selection)
{
    QList<RowRange> ranges;
    for (const QItemSelectionRange &range : selection)
        if (range.isValid())
            ranges.append({range.top(), range.bottom()});
    return normalized(std::move(ranges));
}

QList<PagedModel::RowRange> PagedModel::normalized(QList<RowRange> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<RowRange> merged;
    for (const RowRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = qMax(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

int PagedModel::countRows(const QList<RowRange> &ranges)
{
    int rows = 0;
    for (const RowRange &range : ranges)
        rows += qMax(0, range.second - range.first + 1);
    return rows;
}

QList<qint64> PagedModel::RowsResult::ids() const
{
    QList<qint64> list;
    list.reserve(rows.size());
    for (const QCborMap &row : rows)
        if (const qint64 id = row.value(QStringLiteral("id")).toInteger())
            list.append(id);
    return list;
}

RowsRead *PagedModel::readRows(const QList<RowRange> &ranges, Columns columns, RowsCallback done)
{
    auto *read = new RowsRead(columns, std::move(done), this);
    for (const RowRange &range : normalized(ranges)) {
        const int last = qMin(range.second, m_rowCount - 1);
        for (int row = qMax(0, range.first); row <= last;) {
            const int page = pageOfRow(row);
            const Page &p = m_pages[page];
            const int end = qMin(last, m_starts[page] + p.count - 1);
            if (end < row)
                break; // not a row of this list
            read->m_parts.append({page, row - m_starts[page], end - m_starts[page]});
            read->m_rowCount += end - row + 1;
            // Rows of a loaded page are taken now: it may be evicted before the read ends.
            if (p.loaded)
                read->m_pages.insert(page, p.rows);
            else if (!read->m_waiting.contains(page))
                read->m_waiting.append(page);
            row = end + 1;
        }
    }
    if (read->m_waiting.isEmpty()) {
        const RowsResult result = read->assemble();
        const RowsCallback callback = std::move(read->m_done);
        delete read;
        callback(result);
        return nullptr;
    }
    std::sort(read->m_waiting.begin(), read->m_waiting.end());
    for (const RowsRead::Part &part : std::as_const(read->m_parts))
        if (read->m_pages.contains(part.page))
            read->m_readCount += part.last - part.first + 1;
    m_reads.append(read);
    dispatchReads();
    return read;
}

void PagedModel::offerPage(int page, const QList<QCborMap> &rows, bool records)
{
    const QList<RowsRead *> reads = m_reads;
    for (RowsRead *read : reads)
        if (read->waitsFor(page) && (records || read->m_columns == Columns::Id))
            read->take(page, rows);
}

void PagedModel::dispatchReads()
{
    auto asked = [this](int page, Fetch kind) {
        if (m_inFlight.values().contains(page)) // the view's page serves every read
            return true;
        for (const ReadRequest &request : std::as_const(m_readRequests))
            if (request.page == page && (request.kind == Fetch::Records || kind == Fetch::Ids))
                return true;
        return false;
    };
    const QList<RowsRead *> reads = m_reads;
    for (RowsRead *read : reads) {
        const Fetch kind = read->m_columns == Columns::Id ? Fetch::Ids : Fetch::Records;
        const QList<int> waiting = read->m_waiting;
        for (int page : waiting) {
            if (m_readRequests.size() >= kMaxInFlight)
                return;
            if (m_pages[page].loaded) {
                read->take(page, m_pages[page].rows);
                continue;
            }
            if (asked(page, kind))
                continue;
            const bool reachable = m_pages[page].reachable;
            // One seek at a time, and none for a page whose cursor the page before
            // it, read now or next, will tell: a seek deep into a filtered list costs
            // seconds, a cursor a few milliseconds.
            if (!reachable
                && (!m_sized || m_seek != 0 || (page > 0 && (read->waitsFor(page - 1) || asked(page - 1, Fetch::Ids)))))
                continue;
            const quint64 id = fetch(page, kind);
            if (!reachable)
                m_seek = id;
        }
    }
}

void PagedModel::endReads(RowsResult::Status status, const protocol::Error &error)
{
    const QList<RowsRead *> reads = m_reads;
    for (RowsRead *read : reads)
        read->finish({status, {}, error});
}

void PagedModel::learnCursor(int page, const QString &nextCursor)
{
    if (page + 1 < m_pages.size() && !m_pages[page + 1].reachable && !nextCursor.isEmpty()) {
        m_pages[page + 1].cursor = nextCursor;
        m_pages[page + 1].reachable = true;
    }
}

void PagedModel::setupPages(const QCborMap &first, const QCborArray &items)
{
    const QCborValue total = first.value(QStringLiteral("total"));
    const QString nextCursor = first.value(QStringLiteral("next_cursor")).toString();
    const int firstCount = int(items.size());
    m_sized = m_request.seekable && total.isInteger();
    // Sized: every page of the list exists from the start, only the first one read.
    const int rows = m_sized ? qMax(firstCount, int(total.toInteger())) : firstCount;
    if (rows > 0)
        beginInsertRows({}, 0, rows - 1);
    Page head;
    head.reachable = true;
    head.count = firstCount;
    m_pages.append(head);
    m_starts.append(0);
    for (int start = firstCount; m_sized && start < rows; start += m_request.pageSize) {
        Page page;
        page.count = qMin(m_request.pageSize, rows - start);
        m_pages.append(page);
        m_starts.append(start);
    }
    m_rowCount = rows;
    storeRows(0, items, nextCursor);
    if (!m_sized)
        m_nextCursor = nextCursor;
    if (rows > 0)
        endInsertRows();
    if (total.isInteger())
        setTotal(m_sized ? rows : int(total.toInteger()));
}

void PagedModel::storeRows(int page, const QCborArray &items, const QString &nextCursor)
{
    Page &p = m_pages[page];
    p.rows.clear();
    p.rows.reserve(p.count);
    // Rows added on the server since the list was opened do not push others out of
    // their pages: a page keeps the rows it was counted with.
    for (qsizetype i = 0; i < items.size() && i < p.count; ++i)
        p.rows.append(items.at(i).toMap());
    p.loaded = true;
    p.failed = false;
    // A page read because a view asked for it counts as used when it asked, so a page
    // wished for while the thumb flew past is the first to go, not the page in view.
    if (p.lastUse == 0)
        p.lastUse = ++m_useClock;
    if (!m_loadedPages.contains(page))
        m_loadedPages.append(page);
    learnCursor(page, nextCursor);
    // Before the budget may evict it again.
    offerPage(page, p.rows, true);
    evict();
}

int PagedModel::newerLoadedPages(quint64 use) const
{
    return int(std::count_if(m_loadedPages.cbegin(), m_loadedPages.cend(),
                             [&](int page) { return m_pages[page].lastUse > use; }));
}

void PagedModel::evict()
{
    while (m_loadedPages.size() > m_pageBudget) {
        qsizetype oldest = 0;
        for (qsizetype i = 1; i < m_loadedPages.size(); ++i) {
            if (m_pages[m_loadedPages[i]].lastUse < m_pages[m_loadedPages[oldest]].lastUse)
                oldest = i;
        }
        Page &p = m_pages[m_loadedPages[oldest]];
        p.rows = {};
        p.loaded = false;
        m_loadedPages.removeAt(oldest);
    }
}

void PagedModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(m_total);
}

int PagedModel::pageOfRow(int row) const
{
    // The last page starting at or before the row (pages emptied by removeIds share
    // their start with the next one, which is the one holding the row).
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), row);
    return int(it - m_starts.cbegin()) - 1;
}

const QCborMap *PagedModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = pageOfRow(row);
    const Page &p = m_pages[page];
    const int offset = row - m_starts[page];
    if (!p.loaded || offset >= p.rows.size())
        return nullptr;
    return &p.rows[offset];
}

bool PagedModel::isRowLoaded(int row) const
{
    return loadedRow(row) != nullptr;
}

QCborMap PagedModel::record(int row) const
{
    const QCborMap *r = loadedRow(row);
    return r ? *r : QCborMap();
}

qint64 PagedModel::idAt(int row) const
{
    const QCborMap *r = loadedRow(row);
    return r ? r->value(QStringLiteral("id")).toInteger() : 0;
}

int PagedModel::loadedRowCount() const
{
    int rows = 0;
    for (int page : m_loadedPages)
        rows += int(m_pages[page].rows.size());
    return rows;
}

std::pair<int, int> PagedModel::findId(qint64 id) const
{
    for (int page : m_loadedPages) {
        const QList<QCborMap> &rows = m_pages[page].rows;
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].value(QStringLiteral("id")).toInteger() == id)
                return {page, i};
    }
    return {-1, -1};
}

int PagedModel::rowOfId(qint64 id) const
{
    const auto [page, offset] = findId(id);
    return page < 0 ? -1 : m_starts[page] + offset;
}

void PagedModel::updateRecord(const QCborMap &record)
{
    const auto [page, offset] = findId(record.value(QStringLiteral("id")).toInteger());
    if (page < 0)
        return;
    m_pages[page].rows[offset] = record;
    const int row = m_starts[page] + offset;
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PagedModel::removeIds(const QList<qint64> &ids)
{
    int removed = 0;
    for (qint64 id : ids) {
        const auto [page, offset] = findId(id);
        if (page < 0)
            continue;
        const int row = m_starts[page] + offset;
        beginRemoveRows({}, row, row);
        m_pages[page].rows.removeAt(offset);
        --m_pages[page].count;
        for (qsizetype p = page + 1; p < m_starts.size(); ++p)
            --m_starts[p];
        --m_rowCount;
        endRemoveRows();
        ++removed;
    }
    if (removed && m_total >= 0)
        setTotal(qMax(0, m_total - removed));
    return removed;
}

int PagedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant PagedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= columnCount())
        return {};
    const int page = pageOfRow(index.row());
    const Page &p = m_pages[page];
    p.lastUse = ++m_useClock;
    if (!p.loaded) {
        wish(page);
        return {};
    }
    const int offset = index.row() - m_starts[page];
    if (offset >= p.rows.size())
        return {}; // the server had fewer rows for the page than it counted
    const QCborMap &row = p.rows[offset];
    if (role == kRecordIdRole)
        return row.value(QStringLiteral("id")).toInteger();
    return rowData(row, index.column(), role);
}

void PagedModel::wish(int page) const
{
    const Page &p = m_pages[page];
    if (p.failed || (!p.reachable && !m_sized))
        return;
    m_wishes.removeOne(page);
    m_wishes.append(page);
    // Only where the view is now matters; older wishes are pages scrolled past.
    if (m_wishes.size() > kMaxWishes)
        m_wishes.removeFirst();
    if (!m_dispatch->isActive())
        m_dispatch->start();
}

void PagedModel::dispatchWishes()
{
    QList<int> inFlight = m_inFlight.values();
    // The most recent wish first: it is where the view is now.
    for (qsizetype i = m_wishes.size() - 1; i >= 0 && inFlight.size() < kMaxInFlight; --i) {
        const int page = m_wishes[i];
        // A seek costs the server time in proportion to its depth (seconds deep into a
        // filtered million): one at a time, the next one waits for it.
        if (!m_pages[page].reachable && m_seek != 0)
            continue;
        m_wishes.removeAt(i);
        // A page the budget would evict as soon as it came is not worth asking for.
        if (m_pages[page].loaded || inFlight.contains(page) || newerLoadedPages(m_pages[page].lastUse) >= m_pageBudget)
            continue;
        const bool wasLoading = isLoading();
        const quint64 id = fetch(page);
        if (!m_pages[page].reachable)
            m_seek = id;
        inFlight.append(page);
        if (!wasLoading)
            Q_EMIT loadingChanged(true);
    }
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_sized && !m_pages.isEmpty() && !m_nextCursor.isEmpty() && !m_tailFailed
        && !m_inFlight.values().contains(kTail);
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool wasLoading = isLoading();
    fetch(kTail);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

RowsRead::RowsRead(PagedModel::Columns columns, PagedModel::RowsCallback done, PagedModel *model)
    : QObject(model), m_model(model), m_columns(columns), m_done(std::move(done))
{
}

void RowsRead::cancel()
{
    finish({PagedModel::RowsResult::Cancelled, {}, {}});
}

void RowsRead::take(int page, const QList<QCborMap> &rows)
{
    if (m_finished || !m_waiting.removeOne(page))
        return;
    m_pages.insert(page, rows);
    for (const Part &part : std::as_const(m_parts))
        if (part.page == page)
            m_readCount += part.last - part.first + 1;
    Q_EMIT progress(m_readCount, m_rowCount);
    if (m_waiting.isEmpty())
        finish(assemble());
}

void RowsRead::finish(PagedModel::RowsResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_model->m_reads.removeOne(this);
    // From the event loop: `done` may load the list again, which must not happen
    // in the middle of handling a reply.
    QTimer::singleShot(0, this, [this, result = std::move(result)] {
        const PagedModel::RowsCallback done = std::move(m_done);
        deleteLater();
        done(result);
    });
}

PagedModel::RowsResult RowsRead::assemble() const
{
    PagedModel::RowsResult result;
    result.rows.reserve(m_rowCount);
    for (const Part &part : m_parts) {
        const auto page = m_pages.constFind(part.page);
        if (page == m_pages.cend())
            continue;
        // A page the server answered with fewer rows than it counted lacks the last ones.
        for (int i = part.first; i <= part.last && i < page->size(); ++i)
            result.rows.append(page->at(i));
    }
    return result;
}

} // namespace cordial::client
