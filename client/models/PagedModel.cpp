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
}

void PagedModel::load(ListRequest request)
{
    const bool wasLoading = isLoading();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_connection->cancel(it.key());
    m_inFlight.clear();
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

quint64 PagedModel::fetch(int page)
{
    QCborMap args = m_request.args;
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
    *id = m_connection->request(m_request.op, args, [this, self, id, generation, page](const protocol::Reply &reply) {
        // Cancelled requests are not answered, but a reply already queued for
        // delivery when the list changed may still come: it belongs to the old list.
        if (!self || generation != m_generation || !m_inFlight.contains(*id))
            return;
        onReply(page, *id, reply);
    });
    m_inFlight.insert(*id, page);
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
    if (page + 1 < m_pages.size() && !m_pages[page + 1].reachable && !nextCursor.isEmpty()) {
        m_pages[page + 1].cursor = nextCursor;
        m_pages[page + 1].reachable = true;
    }
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

void PagedModel::removeIds(const QList<qint64> &ids)
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

} // namespace cordial::client
