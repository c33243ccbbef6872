// The filter builder (R3.2, R3.4): the filter it writes, the limits it explains, and a filter
// read in and written back unchanged.
#include "core/filter/builtinviews.h"
#include "ui/filters/checklist.h"
#include "ui/filters/filterbuilderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace parley;
using namespace parley::ui;

namespace {

FilterChoices choices()
{
    FilterChoices c;
    c.agents = {Agent{1, QStringLiteral("ana"), QStringLiteral("Ana Admin"), Role::Admin,
                      QStringLiteral("Sales"), true},
                Agent{7, QStringLiteral("bo"), QStringLiteral("Bo Agent"), Role::Agent,
                      QStringLiteral("Support"), true},
                Agent{9, QStringLiteral("cy"), QStringLiteral("Cy Gone"), Role::Agent, {}, false}};
    Channel sales;
    sales.id = 1;
    sales.name = QStringLiteral("Sales line");
    sales.displayNumber = QStringLiteral("+1 555 0001");
    Channel support;
    support.id = 2;
    support.name = QStringLiteral("Support line");
    c.channels = {sales, support};
    c.departments = {QStringLiteral("Sales"), QStringLiteral("Support")};
    return c;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QString periodMessage()
{
    return RuleError{QStringLiteral("filter_period_invalid"),
                     {{QStringLiteral("filter"), QStringLiteral("not_replied_in")},
                      {QStringLiteral("max"), MaxPeriodCount}}}
        .message();
}

} // namespace

class FilterBuilderTest : public QObject {
    Q_OBJECT
private:
    template <typename T> T *child(const QObject &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void check(FilterBuilderDialog &d, const char *name, bool on = true)
    {
        child<QCheckBox>(d, name)->setChecked(on);
    }
    void chooseData(FilterBuilderDialog &d, const char *name, const QVariant &data)
    {
        auto *combo = child<QComboBox>(d, name);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, name);
        combo->setCurrentIndex(index);
    }
    void tick(FilterBuilderDialog &d, const char *list, int row)
    {
        child<CheckList>(d, list)->item(row)->setCheckState(Qt::Checked);
    }
    // Types into the spin box as a user would, replacing what is there.
    void type(FilterBuilderDialog &d, const char *name, const QString &text)
    {
        auto *spin = child<QSpinBox>(d, name);
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private slots:
    void anEmptyBuilderFindsEverything()
    {
        FilterBuilderDialog d(choices());
        QCOMPARE(toJson(d.filter()), json(R"({"scope":"all"})"));
        QVERIFY(d.errors().isEmpty());
        QVERIFY(child<QPushButton>(d, "applyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(d, "saveButton")->isEnabled()); // no name yet
    }

    void writesExactlyTheChosenFilter()
    {
        {
            FilterBuilderDialog d(choices());
            child<QRadioButton>(d, "scopeMine")->setChecked(true);
            check(d, "notRepliedInEnabled");
            type(d, "notRepliedInCount", QStringLiteral("3"));
            QCOMPARE(toJson(d.filter()),
                     json(R"({"scope":"mine","not_replied_in":{"count":3,"unit":"days"}})"));
        }
        {
            FilterBuilderDialog d(choices());
            check(d, "repliedInEnabled");
            chooseData(d, "repliedInUnit", int(PeriodUnit::Today));
            QVERIFY(!child<QSpinBox>(d, "repliedInCount")->isEnabled());
            check(d, "repliedByEnabled");
            child<QComboBox>(d, "repliedByUser")->setCurrentIndex(0); // "Me"
            QCOMPARE(toJson(d.filter()),
                     json(R"({"scope":"all","replied_in":{"count":1,"unit":"today"},)"
                          R"("replied_by":{"me":true}})"));
        }
        {
            FilterBuilderDialog d(choices());
            check(d, "messageTimeInEnabled");
            type(d, "messageTimeInCount", QStringLiteral("2"));
            chooseData(d, "messageTimeInUnit", int(PeriodUnit::Weeks));
            check(d, "ownerEnabled");
            chooseData(d, "ownerUser", QVariant::fromValue<Id>(7));
            chooseData(d, "status", int(ConversationStatus::Closed));
            check(d, "unreadOnly");
            check(d, "awaitingReply");
            tick(d, "channels", 1); // Support line, then Sales line: the order ticked
            tick(d, "channels", 0);
            tick(d, "departments", 0);
            child<QLineEdit>(d, "search")->setText(QStringLiteral(" 发票 ")); // trimmed
            QCOMPARE(toJson(d.filter()),
                     json(R"({"scope":"all","message_time_in":{"count":2,"unit":"weeks"},)"
                          R"("owner":{"agent_id":7},"status":"closed","unread":true,)"
                          R"("awaiting_reply":true,"channels":[2,1],"departments":["Sales"],)"
                          R"("search":"发票"})"));
        }
        {
            FilterBuilderDialog d(choices());
            check(d, "notRepliedInEnabled");
            type(d, "notRepliedInCount", QStringLiteral("999"));
            chooseData(d, "notRepliedInUnit", int(PeriodUnit::Months));
            QCOMPARE(toJson(d.filter()),
                     json(R"({"scope":"all","not_replied_in":{"count":999,"unit":"months"}})"));
        }
    }

    void refusesPeriodsOutsideOneTo999()
    {
        FilterBuilderDialog d(choices());
        d.setViewName(QStringLiteral("Stale"));
        check(d, "notRepliedInEnabled");
        auto *error = child<QLabel>(d, "notRepliedInError");
        auto *save = child<QPushButton>(d, "saveButton");
        auto *apply = child<QPushButton>(d, "applyButton");
        for (const QString &refused : {QStringLiteral("0"), QStringLiteral("1000")}) {
            type(d, "notRepliedInCount", refused);
            QCOMPARE(child<QSpinBox>(d, "notRepliedInCount")->value(), refused.toInt());
            QVERIFY(hasError(d.errors(), QStringLiteral("filter_period_invalid")));
            QVERIFY(error->isVisibleTo(&d));
            QCOMPARE(error->text(), periodMessage());
            QCOMPARE(error->text(), QStringLiteral("Enter a number from 1 to 999 for the period."));
            QVERIFY(!save->isEnabled());
            QVERIFY(!apply->isEnabled());
        }
        type(d, "notRepliedInCount", QStringLiteral("999"));
        QVERIFY(d.errors().isEmpty());
        QVERIFY(!error->isVisibleTo(&d));
        QVERIFY(save->isEnabled());
        // "Today" has no count to get wrong.
        type(d, "notRepliedInCount", QStringLiteral("0"));
        chooseData(d, "notRepliedInUnit", int(PeriodUnit::Today));
        QVERIFY(d.errors().isEmpty());
        // An unticked row does not count.
        chooseData(d, "notRepliedInUnit", int(PeriodUnit::Days));
        QVERIFY(!d.errors().isEmpty());
        check(d, "notRepliedInEnabled", false);
        QVERIFY(d.errors().isEmpty());
    }

    void asksWhichUserUntilOneIsChosen()
    {
        FilterBuilderDialog d(choices());
        check(d, "ownerEnabled");
        QCOMPARE(d.filter().owner, std::optional<UserRef>(UserRef{false, 0}));
        QVERIFY(hasError(d.errors(), QStringLiteral("filter_user_missing")));
        auto *error = child<QLabel>(d, "ownerError");
        QVERIFY(error->isVisibleTo(&d));
        const RuleError missing{QStringLiteral("filter_user_missing"), {}};
        QCOMPARE(error->text(), missing.message());
        QVERIFY(!child<QLabel>(d, "repliedByError")->isVisibleTo(&d));
        chooseData(d, "ownerUser", QVariant::fromValue<Id>(9)); // inactive agents stay choosable
        QVERIFY(d.errors().isEmpty());
        QCOMPARE(d.filter().owner, std::optional<UserRef>(UserRef{false, 9}));
    }

    void readsAFilterBackUnchanged()
    {
        ConversationFilter f;
        f.scope = Scope::Mine;
        f.notRepliedIn = Period{12, PeriodUnit::Weeks};
        f.repliedIn = Period{1, PeriodUnit::Today};
        f.messageTimeIn = Period{6, PeriodUnit::Months};
        f.owner = UserRef{false, 42}; // not in this mirror
        f.repliedBy = UserRef{true, 0};
        f.status = ConversationStatus::Open;
        f.channelIds = {2, 99, 1}; // 99: a channel since removed
        f.departments = {QStringLiteral("Support"), QStringLiteral("Billing")};
        f.unreadOnly = true;
        f.awaitingReply = true;
        f.search = QStringLiteral("orçamento");
        FilterBuilderDialog d(choices());
        d.setFilter(f);
        QCOMPARE(d.filter(), f);
        QCOMPARE(toJson(d.filter()), toJson(f));
        QVERIFY(d.errors().isEmpty());

        // And back to nothing: every control lets go.
        d.setFilter(ConversationFilter());
        QCOMPARE(d.filter(), ConversationFilter());

        for (BuiltinView view : builtinViews()) {
            d.setFilter(builtinViewFilter(view));
            QCOMPARE(d.filter(), builtinViewFilter(view));
        }
    }

    void handsTheFilterOver()
    {
        FilterBuilderDialog d(choices());
        QSignalSpy applied(&d, &FilterBuilderDialog::applyRequested);
        QSignalSpy saved(&d, &FilterBuilderDialog::saveRequested);
        check(d, "unreadOnly");
        child<QPushButton>(d, "applyButton")->click();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).value<ConversationFilter>().unreadOnly, true);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        FilterBuilderDialog edit(choices());
        edit.setSavedView(5, QStringLiteral("Unread"));
        edit.setFilter(builtinViewFilter(BuiltinView::Unread));
        QTest::keyClicks(child<QLineEdit>(edit, "viewName"), QStringLiteral(" mail"));
        QSignalSpy savedEdit(&edit, &FilterBuilderDialog::saveRequested);
        child<QPushButton>(edit, "saveButton")->click();
        QCOMPARE(savedEdit.count(), 1);
        QCOMPARE(savedEdit.at(0).at(0).value<Id>(), Id(5));
        QCOMPARE(savedEdit.at(0).at(1).toString(), QStringLiteral("Unread mail"));
        QCOMPARE(savedEdit.at(0).at(2).value<ConversationFilter>(),
                 builtinViewFilter(BuiltinView::Unread));
        QCOMPARE(saved.count(), 0);
    }
};

QTEST_MAIN(FilterBuilderTest)
#include "tst_filterbuilder.moc"
