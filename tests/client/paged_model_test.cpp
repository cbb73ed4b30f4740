// The paged list core (client/models/PagedModel) against a real cordiald: a sized
// customer list scrolled with a small page budget, seeks, evictions, stale replies,
// edits and removals; a growing list (audit.list) evicting and re-reading by cursor.
#include "WidgetTest.h"

#include "admin/PagedListModel.h"
#include "customers/CustomerListModel.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace cordial;
using namespace cordial::test;
using client::customers::CustomerListModel;

namespace {

constexpr int kCustomers = 1200;
constexpr int kPage = 50;
constexpr int kBudget = 4;


// What a view does: asks for the row, and once its page is there reads it.
QCborMap readRow(client::PagedModel &model, int row)
{
    if (!model.isRowLoaded(row)) {
        CHECK_FALSE(model.data(model.index(row, 0), Qt::DisplayRole).isValid()); // a placeholder
        REQUIRE(waitFor([&] { return model.isRowLoaded(row); }));
    }
    return model.record(row);
}

struct CustomerList {
    TestServer server;
    std::unique_ptr<client::Connection> connection;
    QList<qint64> ids;
    std::unique_ptr<CustomerListModel> model;

    CustomerList()
    {
        REQUIRE(server.start());
        loadDemoCustomers(server, kCustomers);
        connection = loginTo(server, kAdminLogin, kAdminPassword);
        REQUIRE(connection);
        ids = listedIds(*connection);
        REQUIRE(ids.size() == kCustomers);
        model = std::make_unique<CustomerListModel>(connection.get());
        model->setColumns({QStringLiteral("name")});
        model->setPageSize(kPage);
        model->setPageBudget(kBudget);
        model->reload();
        REQUIRE(waitFor([&] { return !model->isLoading() && model->total() >= 0; }));
    }
};

} // namespace

TEST_CASE("scrolling 1,200 customers shows each once in order with at most a few pages in memory")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    // The scroll bar covers the whole list from the first reply on.
    CHECK(model.total() == kCustomers);
    CHECK(model.rowCount() == kCustomers);
    CHECK(model.loadedRowCount() == kPage);
    CHECK(model.lastArgs().value(QStringLiteral("limit")).toInteger() == kPage);

    QList<qint64> seen;
    int mostLoaded = 0;
    bool seeked = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.append(readRow(model, row).value(QStringLiteral("id")).toInteger());
        mostLoaded = qMax(mostLoaded, model.loadedRowCount());
        seeked = seeked || model.lastArgs().contains(QStringLiteral("offset"));
    }
    CHECK(seen == list.ids);
    CHECK(mostLoaded <= kBudget * kPage);
    // Walking down goes from cursor to cursor: no seek.
    CHECK_FALSE(seeked);
    CHECK_FALSE(model.canFetchMore({}));

    SECTION("scrolling back reads the evicted pages again, with the same rows")
    {
        CHECK_FALSE(model.isRowLoaded(0));
        CHECK_FALSE(model.isRowLoaded(600));
        for (int row = 600; row < 700; ++row)
            CHECK(readRow(model, row).value(QStringLiteral("id")).toInteger() == list.ids[row]);
        CHECK(model.lastArgs().contains(QStringLiteral("cursor"))); // a walked page knows where it starts
        for (int row = 0; row < kPage; ++row)
            CHECK(readRow(model, row).value(QStringLiteral("id")).toInteger() == list.ids[row]);
        CHECK(model.lastArgs().value(QStringLiteral("offset")).toInteger() == 0); // no second count of the total
        CHECK(model.loadedRowCount() <= kBudget * kPage);
    }
}

TEST_CASE("a jump to a page never walked to seeks once, then goes on by cursor")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    CHECK(readRow(model, 1010).value(QStringLiteral("id")).toInteger() == list.ids[1010]);
    CHECK(model.lastArgs().value(QStringLiteral("offset")).toInteger() == 1000);
    CHECK(model.record(1000).value(QStringLiteral("id")).toInteger() == list.ids[1000]);
    CHECK(readRow(model, 1060).value(QStringLiteral("id")).toInteger() == list.ids[1060]);
    CHECK_FALSE(model.lastArgs().contains(QStringLiteral("offset")));
    CHECK(model.lastArgs().contains(QStringLiteral("cursor")));
    // Rows between the first page and the jump stay placeholders until asked for.
    CHECK_FALSE(model.isRowLoaded(500));
}

TEST_CASE("rows asked for again and again cost one request per page, and only recent wishes are sent")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    QSignalSpy pages(&model, &client::PagedModel::loaded);
    for (int repeat = 0; repeat < 20; ++repeat)
        for (int row = 500; row < 500 + kPage; ++row)
            model.data(model.index(row, 0), Qt::DisplayRole);
    REQUIRE(waitFor([&] { return model.isRowLoaded(500) && !model.isLoading(); }));
    QTest::qWait(100);
    CHECK(pages.count() == 1);

    // A fast drag across the list: twenty pages asked for, only the last few read.
    pages.clear();
    for (int page = 1; page <= 20; ++page)
        model.data(model.index(page * kPage, 0), Qt::DisplayRole);
    REQUIRE(waitFor([&] { return !model.isLoading(); }));
    QTest::qWait(100);
    CHECK(pages.count() <= client::PagedModel::kMaxWishes);
    CHECK(model.isRowLoaded(20 * kPage));
    CHECK(model.loadedRowCount() <= kBudget * kPage);
}

TEST_CASE("a page asked for before the list is loaded again never lands in the new list")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    const quint64 before = model.generation();
    model.data(model.index(700, 0), Qt::DisplayRole);
    QCoreApplication::processEvents(); // the page request goes out
    REQUIRE(model.isLoading());
    model.setSort(QStringLiteral("-name"));
    model.reload();
    CHECK(model.generation() > before);
    REQUIRE(waitFor([&] { return !model.isLoading() && model.total() >= 0; }));
    QTest::qWait(300); // time for a late reply of the old list to arrive
    CHECK(model.loadedRowCount() == kPage);
    CHECK_FALSE(model.isRowLoaded(700));
    CHECK(model.record(0).value(QStringLiteral("id")).toInteger() == list.ids.last());
    CHECK(readRow(model, 700).value(QStringLiteral("id")).toInteger() == list.ids[kCustomers - 1 - 700]);
}

TEST_CASE("edited and removed rows stay in place and later pages stay aligned after eviction")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    for (int row = 0; row < 3 * kPage; ++row)
        readRow(model, row);

    QCborMap edited = model.record(5);
    edited.insert(QStringLiteral("name"), QStringLiteral("改过名的客户"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateRecord(edited);
    CHECK(changed.count() == 1);
    CHECK(model.rowOfId(list.ids[5]) == 5);
    CHECK(model.index(5, 0).data().toString() == QStringLiteral("改过名的客户"));
    CHECK(model.rowOfId(list.ids[1000]) == -1); // not loaded

    // Deleted on the server, then removed from the list as the customers page does.
    const QList<qint64> gone{list.ids[10], list.ids[120]};
    const protocol::Reply deleted = call(*list.connection, QStringLiteral("customers.delete"),
                                         {{QStringLiteral("ids"), QCborArray{gone[0], gone[1]}}});
    REQUIRE(deleted.ok);
    QSignalSpy totals(&model, &client::PagedModel::totalChanged);
    model.removeIds(gone);
    CHECK(model.rowCount() == kCustomers - 2);
    CHECK(model.total() == kCustomers - 2);
    CHECK(totals.count() == 1);
    QList<qint64> expected = list.ids;
    expected.removeOne(gone[0]);
    expected.removeOne(gone[1]);
    for (int row = 0; row < 3 * kPage - 2; ++row)
        CHECK(model.idAt(row) == expected[row]);

    // Far away and back: the shortened pages are read again with their new size.
    for (int row = 1000; row < 1000 + kBudget * kPage; row += kPage)
        readRow(model, row);
    CHECK_FALSE(model.isRowLoaded(0));
    for (int row = 0; row < 4 * kPage; ++row)
        CHECK(readRow(model, row).value(QStringLiteral("id")).toInteger() == expected[row]);
}

namespace {

using Columns = client::PagedModel::Columns;
using RowRange = client::PagedModel::RowRange;
using RowsResult = client::PagedModel::RowsResult;

// What readRows() handed to its callback.
struct ReadOutcome {
    int calls = 0;
    RowsResult result;
};

client::RowsRead *startRead(client::PagedModel &model, const QList<RowRange> &ranges, Columns columns, ReadOutcome &out)
{
    return model.readRows(ranges, columns, [&out](const RowsResult &result) {
        ++out.calls;
        out.result = result;
    });
}

} // namespace

TEST_CASE("the rows of a selection over evicted and never read pages are read in row order")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    for (int row = 0; row < 400; ++row)
        readRow(model, row); // pages 0–7 walked, 4–7 still loaded
    REQUIRE_FALSE(model.isRowLoaded(20));
    REQUIRE(model.isRowLoaded(399));
    REQUIRE_FALSE(model.isRowLoaded(700));

    // Evicted pages, a loaded one, single rows, and pages never walked to (a seek).
    const QList<RowRange> ranges{{20, 130}, {390, 420}, {430, 430}, {700, 1100}};
    QList<qint64> expected;
    for (const RowRange &range : ranges)
        for (int row = range.first; row <= range.second; ++row)
            expected.append(list.ids[row]);

    ReadOutcome out;
    client::RowsRead *read = startRead(model, ranges, Columns::Id, out);
    REQUIRE(read);
    CHECK(out.calls == 0); // the evicted rows are not at hand
    CHECK(read->rowCount() == expected.size());
    CHECK(read->readCount() == 10); // rows 390–399 of the loaded page 7
    QSignalSpy progress(read, &client::RowsRead::progress);
    REQUIRE(waitFor([&] { return out.calls > 0; }));
    CHECK(out.calls == 1);
    CHECK(out.result.status == RowsResult::Read);
    CHECK(out.result.ids() == expected);
    CHECK(progress.count() >= 2);
    // Read narrowed to the id, the pages after the seek by cursor.
    CHECK(model.lastArgs().value(QStringLiteral("columns")).toArray() == QCborArray{QStringLiteral("name")});
    CHECK(model.lastArgs().contains(QStringLiteral("cursor")));
    // The view's pages stay as they were: the read's pages are not kept.
    CHECK(model.isRowLoaded(399));
    CHECK_FALSE(model.isRowLoaded(20));
    CHECK_FALSE(model.isRowLoaded(1000));
    CHECK(model.loadedRowCount() <= kBudget * kPage);

    SECTION("the shown columns of rows not loaded are read as the view would show them")
    {
        ReadOutcome shown;
        REQUIRE(startRead(model, {{1150, 1199}, {5, 9}}, Columns::Shown, shown));
        REQUIRE(waitFor([&] { return shown.calls > 0; }));
        REQUIRE(shown.result.status == RowsResult::Read);
        REQUIRE(shown.result.rows.size() == 55);
        CHECK(shown.result.ids() == list.ids.mid(5, 5) + list.ids.mid(1150, 50));
        for (const QCborMap &row : shown.result.rows)
            CHECK_FALSE(model.recordData(row, 0, Qt::DisplayRole).toString().isEmpty());
    }

    SECTION("rows whose pages are loaded are answered at once")
    {
        ReadOutcome atOnce;
        CHECK(startRead(model, {{395, 399}}, Columns::Shown, atOnce) == nullptr);
        CHECK(atOnce.calls == 1);
        CHECK(atOnce.result.ids() == list.ids.mid(395, 5));
    }
}

TEST_CASE("a read in progress ends when the list is loaded again, or when it is cancelled")
{
    CustomerList list;
    CustomerListModel &model = *list.model;
    ReadOutcome out;
    QPointer<client::RowsRead> read = startRead(model, {{500, 1100}}, Columns::Id, out);
    REQUIRE(read);
    QCoreApplication::processEvents(); // its first page request goes out
    const quint64 before = model.generation();
    model.setSort(QStringLiteral("-name"));
    model.reload();
    CHECK(model.generation() > before);
    REQUIRE(waitFor([&] { return out.calls > 0; }));
    CHECK(out.calls == 1);
    CHECK(out.result.status == RowsResult::Reloaded);
    CHECK(out.result.rows.isEmpty());
    REQUIRE(waitFor([&] { return read.isNull(); }));
    REQUIRE(waitFor([&] { return !model.isLoading() && model.total() >= 0; }));
    QTest::qWait(300); // time for late replies of the old list
    CHECK(out.calls == 1);
    CHECK(model.loadedRowCount() == kPage);
    CHECK_FALSE(model.isRowLoaded(500));

    ReadOutcome cancelled;
    client::RowsRead *second = startRead(model, {{500, 1100}}, Columns::Id, cancelled);
    REQUIRE(second);
    second->cancel();
    REQUIRE(waitFor([&] { return cancelled.calls > 0; }));
    CHECK(cancelled.result.status == RowsResult::Cancelled);
    QTest::qWait(300);
    CHECK(cancelled.calls == 1);

    // In the new order, a read gives the new order's ids.
    ReadOutcome reversed;
    REQUIRE(startRead(model, {{0, 1}, {1198, 1199}}, Columns::Id, reversed));
    REQUIRE(waitFor([&] { return reversed.calls > 0; }));
    CHECK(reversed.result.ids() == QList<qint64>{list.ids[1199], list.ids[1198], list.ids[1], list.ids[0]});
}

TEST_CASE("a selection's rows are counted from its ranges, each row once")
{
    QStandardItemModel items(1000, 3);
    QItemSelection selection;
    selection.select(items.index(10, 0), items.index(19, 2));
    selection.select(items.index(15, 0), items.index(30, 2)); // overlaps
    selection.select(items.index(31, 0), items.index(31, 2)); // adjoins
    selection.select(items.index(500, 1), items.index(999, 1));
    const QList<RowRange> ranges = client::PagedModel::rowRanges(selection);
    CHECK(ranges == QList<RowRange>{{10, 31}, {500, 999}});
    CHECK(client::PagedModel::countRows(ranges) == 522);
}

TEST_CASE("a growing list evicts pages scrolled past and reads them again by cursor")
{
    TestServer server;
    auto connection = startAndLogin(server);
    // Deleting customers writes one audit row each.
    QCborArray created;
    for (int i = 0; i < 60; ++i) {
        const protocol::Reply reply = call(*connection, QStringLiteral("customers.create"),
                                           {{QStringLiteral("name"), QStringLiteral("审计客户%1").arg(i)},
                                            {QStringLiteral("allow_duplicate"), true}});
        REQUIRE(reply.ok);
        created.append(reply.result.toMap().value(QStringLiteral("id")));
    }
    REQUIRE(call(*connection, QStringLiteral("customers.delete"), {{QStringLiteral("ids"), created}}).ok);

    client::PagedListModel model(connection.get(), QStringLiteral("audit.list"),
                                 {{QStringLiteral("id"), [](const QCborMap &row, int role) {
                                       return role == Qt::DisplayRole ? row.value(QStringLiteral("id")).toVariant()
                                                                      : QVariant();
                                   }}});
    model.setPageSize(10);
    model.setPageBudget(3);
    model.reload();
    REQUIRE(waitFor([&] { return !model.isLoading() && model.rowCount() == 10; }));
    CHECK(model.canFetchMore({}));
    QList<qint64> walked;
    int mostLoaded = 0;
    for (int row = 0;; ++row) {
        if (row == model.rowCount()) {
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
            REQUIRE(waitFor([&] { return !model.isLoading(); }));
            REQUIRE(row < model.rowCount());
        }
        walked.append(readRow(model, row).value(QStringLiteral("id")).toInteger());
        mostLoaded = qMax(mostLoaded, model.loadedRowCount());
    }
    CHECK(walked.size() >= 120);
    CHECK(model.total() == walked.size()); // known once the whole list has been read
    CHECK(mostLoaded <= 30);
    CHECK_FALSE(model.isRowLoaded(0));
    CHECK_FALSE(model.isRowLoaded(45));
    for (int row = 40; row < 50; ++row)
        CHECK(readRow(model, row).value(QStringLiteral("id")).toInteger() == walked[row]);
    CHECK(model.lastArgs().contains(QStringLiteral("cursor")));
    CHECK_FALSE(model.lastArgs().contains(QStringLiteral("offset")));
}
