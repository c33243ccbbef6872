// Saved views on the hub, from the desktop (issue #12 item 7), against the real hub: two
// desktops of one agent, each with its own mirror and sidebar model. A view saved, renamed,
// moved or deleted on desktop A appears so on desktop B after its sync; the views an earlier
// version kept in A's local store are uploaded once; the views survive deleting B's mirror; a
// view an admin shares is read-only for the agent; offline, a change is refused with words and
// changes nothing. PARLEY_SCREENSHOT_DIR set: the sidebar with them, as docs/screenshots shows it
// (PARLEY_SCREENSHOT_LANG for another language).
#include "hubprocess.h"

#include "core/filter/builtinviews.h"
#include "core/mirror/hubsavedviews.h"
#include "core/mirror/mirror.h"
#include "core/mirror/savedviews.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "ui/filters/viewcountdelegate.h"
#include "ui/filters/viewlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

ConversationFilter unreadSupport()
{
    ConversationFilter f;
    f.unreadOnly = true;
    f.departments = {QStringLiteral("Support")};
    return f;
}

QStringList savedTitles(const ViewListModel &model)
{
    QStringList titles;
    for (int row = model.firstSavedRow(); row < model.rowCount(); ++row)
        titles.append(model.index(row).data().toString());
    return titles;
}

} // namespace

// One desktop of the agent: its mirror, synced from the hub as the sync worker does, and its
// sidebar.
struct Desktop {
    Mirror mirror;
    HubClient client;
    std::unique_ptr<ViewListModel> model;

    bool open(const QString &path, HubProcess &hub, const QString &token, Id me)
    {
        if (mirror.open(path) != Mirror::OpenStatus::Ok)
            return false;
        client.setHub(hub.url());
        client.setToken(token);
        model = std::make_unique<ViewListModel>(mirror.database(), me);
        model->setHub(&client);
        // The saved views are read on the store's reader thread.
        return QTest::qWaitFor([this] { return model->isLoaded(); }, 10000);
    }

    // Applies what the hub has after the mirror's seq; the sidebar follows as MainWindow
    // makes it follow (MirrorChanges::savedViews).
    bool sync(HubProcess &hub, const QString &token)
    {
        SyncBatch batch;
        QString error;
        if (!fromJson(hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(mirror.lastSeq()), token)
                          .json(),
                      &batch, &error))
            return false;
        MirrorChanges changes;
        if (!mirror.apply(batch, &changes))
            return false;
        if (changes.savedViews) {
            model->reloadSavedViews(); // the rows follow the reader thread's answer
            return QTest::qWaitFor([this] { return !model->isLoading(); }, 10000);
        }
        return true;
    }
};

class SavedViewsHubTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const QString lang = qEnvironmentVariable("PARLEY_SCREENSHOT_LANG");
            !lang.isEmpty() && lang != QLatin1String("en")) {
            QVERIFY(m_translator.load(QStringLiteral(":/i18n/parley_%1.qm").arg(lang)));
            QCoreApplication::installTranslator(&m_translator);
        }
        QVERIFY(m_hub.addAgent(QStringLiteral("ada"), QStringLiteral("agent"),
                               QStringLiteral("ada-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_adaOnA = m_hub.login(QStringLiteral("ada"), QStringLiteral("ada-password"));
        m_adaOnB = m_hub.login(QStringLiteral("ada"), QStringLiteral("ada-password"));
        QVERIFY(!m_admin.isEmpty() && !m_adaOnA.isEmpty() && !m_adaOnB.isEmpty());
        m_ada = m_hub.get(QStringLiteral("/api/v1/me"), m_adaOnA)
                    .json()
                    .value(QStringLiteral("agent"))["id"]
                    .toInteger();
        QVERIFY(m_ada != 0);
    }

    void viewsKeptLocallyBeforeAreUploadedOnce()
    {
        // Desktop A ran an earlier version: two views in its local store.
        {
            Mirror old;
            QCOMPARE(old.open(m_dir.filePath(QStringLiteral("a.sqlite"))), Mirror::OpenStatus::Ok);
            SavedViews local(old.database());
            QVERIFY(local.add(QStringLiteral("Suporte não lido"), unreadSupport()) > 0);
            QVERIFY(local.add(QStringLiteral("Fechadas"), builtinViewFilter(BuiltinView::MyOpen)) >
                    0);
        }
        QVERIFY(m_a.open(m_dir.filePath(QStringLiteral("a.sqlite")), m_hub, m_adaOnA, m_ada));
        QCOMPARE(SavedViews(m_a.mirror.database()).uploads().size(), 2);
        m_a.model->uploadLocalViews();
        QTRY_VERIFY_WITH_TIMEOUT(SavedViews(m_a.mirror.database()).uploads().isEmpty(), 10000);
        QVERIFY(m_a.sync(m_hub, m_adaOnA));
        QCOMPARE(savedTitles(*m_a.model),
                 (QStringList{QStringLiteral("Suporte não lido"), QStringLiteral("Fechadas")}));
        QCOMPARE(m_a.model->index(m_a.model->firstSavedRow())
                     .data(ViewListModel::FilterRole)
                     .value<ConversationFilter>(),
                 unreadSupport());
        // Once: a second call uploads nothing more.
        m_a.model->uploadLocalViews();
        QTest::qWait(300);
        QCOMPARE(m_hub
                     .getList(QStringLiteral("/api/v1/saved-views"), QStringLiteral("saved_views"),
                              m_adaOnA)
                     .size(),
                 2);
    }

    void aViewSavedOnOneDesktopAppearsOnTheOther()
    {
        QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b.sqlite")), m_hub, m_adaOnB, m_ada));
        QAbstractItemModelTester tester(m_b.model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        QCOMPARE(savedTitles(*m_b.model), savedTitles(*m_a.model));

        QSignalSpy saved(m_a.model.get(), &ViewListModel::viewSaved);
        ConversationFilter mine;
        mine.repliedBy = UserRef{true, 0};
        mine.repliedIn = Period{1, PeriodUnit::Weeks};
        m_a.model->saveView(0, QStringLiteral("  Respondidas por mim "), mine);
        QVERIFY(saved.wait(10000));
        const Id made = saved.first().first().value<Id>();
        // On A at once, from the hub's answer; on B with its next sync.
        QCOMPARE(savedTitles(*m_a.model).last(), QStringLiteral("Respondidas por mim"));
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        QCOMPARE(savedTitles(*m_b.model).last(), QStringLiteral("Respondidas por mim"));
        QCOMPARE(m_b.model->indexForSavedView(made)
                     .data(ViewListModel::FilterRole)
                     .value<ConversationFilter>(),
                 mine);

        // Renamed (the sidebar's F2), moved first and refiltered on A; B follows. B's chosen
        // row stays chosen through the changes (rows change in place).
        QVERIFY(m_a.model->setData(m_a.model->indexForSavedView(made), QStringLiteral("Minhas"),
                                   Qt::EditRole));
        QTRY_COMPARE(savedTitles(*m_a.model).last(), QStringLiteral("Minhas"));
        QVERIFY(m_a.model->moveView(made, 0));
        QCOMPARE(savedTitles(*m_a.model).first(), QStringLiteral("Minhas")); // at once
        QTRY_COMPARE_WITH_TIMEOUT(m_hub
                                      .getList(QStringLiteral("/api/v1/saved-views"),
                                               QStringLiteral("saved_views"), m_adaOnA)
                                      .first()["name"]
                                      .toString(),
                                  QStringLiteral("Minhas"), 10000);
        QVERIFY(!m_a.model->moveRows({}, 0, 1, {}, m_a.model->firstSavedRow() + 1));
        QVERIFY(!m_a.model->moveRows({}, m_a.model->firstSavedRow(), 1, {}, 1));
        QPersistentModelIndex chosen = m_b.model->indexForSavedView(made);
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        QCOMPARE(savedTitles(*m_b.model), savedTitles(*m_a.model));
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data(ViewListModel::SavedViewIdRole).value<Id>(), made);

        // Deleted on A: gone on B.
        const Id closed = m_a.model->index(m_a.model->rowCount() - 1)
                              .data(ViewListModel::SavedViewIdRole)
                              .value<Id>();
        m_a.model->removeView(closed);
        QTRY_VERIFY_WITH_TIMEOUT(!m_a.model->indexForSavedView(closed).isValid(), 10000);
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        QVERIFY(!m_b.model->indexForSavedView(closed).isValid());
        QCOMPARE(savedTitles(*m_b.model),
                 (QStringList{QStringLiteral("Minhas"), QStringLiteral("Suporte não lido")}));
    }

    void theViewsSurviveDeletingTheMirror()
    {
        const QStringList before = savedTitles(*m_b.model);
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        m_b.model.reset();
        m_b.mirror.close();
        QVERIFY(Mirror::discard(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(m_b.open(path, m_hub, m_adaOnB, m_ada));
        QCOMPARE(savedTitles(*m_b.model), QStringList());
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        QCOMPARE(savedTitles(*m_b.model), before);
    }

    void aSharedViewIsReadOnlyForTheAgent()
    {
        const HttpReply shared = m_hub.post(QStringLiteral("/api/v1/saved-views"),
                                            {{"name", "Fila da equipe"},
                                             {"filter", QJsonObject{{"unread", true}}},
                                             {"shared", true}},
                                            m_admin);
        QCOMPARE(shared.status, 201);
        const Id id = shared.json().value(QStringLiteral("saved_view"))["id"].toInteger();
        QVERIFY(m_b.sync(m_hub, m_adaOnB));
        const QModelIndex row = m_b.model->indexForSavedView(id);
        QVERIFY(row.isValid());
        QCOMPARE(row.row(), m_b.model->rowCount() - 1); // after the agent's own
        QVERIFY(!m_b.model->isChangeable(row));
        QVERIFY(!(m_b.model->flags(row) & Qt::ItemIsEditable));
        QVERIFY(!m_b.model->setData(row, QStringLiteral("Minha"), Qt::EditRole));
        // Even asked directly, the hub refuses, in the desktop's words.
        QSignalSpy refused(m_b.model.get(), &ViewListModel::changeRefused);
        m_b.model->removeView(id);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().first().toString(),
                 hubErrorText(QStringLiteral("saved_view_read_only")));
        QVERIFY(m_b.model->indexForSavedView(id).isValid());

        if (const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QListView sidebar;
            sidebar.setModel(m_b.model.get());
            sidebar.setItemDelegate(new ViewCountDelegate(&sidebar));
            sidebar.resize(260, 420);
            sidebar.setCurrentIndex(m_b.model->indexForSavedView(id));
            m_b.model->refreshCountsNow();
            sidebar.show();
            QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
            QTest::qWait(200);
            const QString lang =
                qEnvironmentVariable("PARLEY_SCREENSHOT_LANG", QStringLiteral("en"));
            QVERIFY(sidebar.grab().save(
                QDir(dir).filePath(QStringLiteral("saved-views-%1.png").arg(lang))));
        }
    }

    void offlineAChangeIsRefusedAndNothingChanges()
    {
        const QStringList before = savedTitles(*m_b.model);
        HubClient away;
        away.setHub(QUrl(QStringLiteral("http://127.0.0.1:9")));
        away.setToken(m_adaOnB);
        m_b.model->setHub(&away);
        QSignalSpy refused(m_b.model.get(), &ViewListModel::changeRefused);
        QSignalSpy saved(m_b.model.get(), &ViewListModel::viewSaved);
        m_b.model->saveView(0, QStringLiteral("Offline"), unreadSupport());
        QVERIFY(refused.wait(20000));
        QCOMPARE(refused.first().first().toString(),
                 hubErrorText(QStringLiteral("hub_unreachable")));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(savedTitles(*m_b.model), before);
        m_b.model->setHub(&m_b.client);
    }

private:
    QTemporaryDir m_dir;
    HubProcess m_hub;
    QString m_admin;
    QString m_adaOnA;
    QString m_adaOnB;
    Id m_ada = 0;
    Desktop m_a;
    Desktop m_b;
    QTranslator m_translator;
};

QTEST_MAIN(SavedViewsHubTest)
#include "tst_savedviewshub.moc"
