// The admin Channels screen (R1) against a real parley-hub: connecting a number with its webhook
// details, the icon rule, preferences and routing, and the confirmations before deactivating
// and disconnecting (cancel leaves the channel as it was; every message stays).
#include "adminpagefixture.h"
#include "core/rules/channelrules.h"
#include "customerwrites.h"
#include "ui/admin/channeleditor.h"
#include "ui/admin/channelroutingbox.h"
#include "ui/admin/channelspage.h"
#include "ui/admin/creditformat.h"
#include "ui/filters/checklist.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString appSecret = QStringLiteral("channels-secret");

QByteArray pngHead()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
}

} // namespace

class ChannelsPageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private:
    Id m_conversation = 0;

    QJsonObject hubChannel(Id id)
    {
        const QJsonArray channels =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin);
        return withId(channels, id);
    }

    std::unique_ptr<ChannelsPage> openPage()
    {
        auto page = std::make_unique<ChannelsPage>(m_mirror.database(), &m_client);
        QSignalSpy shown(page.get(), &ChannelsPage::channelsShown);
        if (!shown.wait(5000))
            qWarning("the channels did not load");
        return page;
    }

    QString statusCell(const ChannelsPage &page, Id id)
    {
        auto *table = child<QTableWidget>(page, "channelTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                return table->item(row, 3)->text();
        }
        return {};
    }

    QString writeFile(const QString &name, qint64 size)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray data = pngHead();
        data.append(QByteArray(size - data.size(), '\0'));
        file.write(data);
        return file.fileName();
    }

    // Answers a confirmation with `button` and waits for the hub's reply when one is sent.
    bool answer(ChannelsPage &page, QMessageBox *question, QAbstractButton *button, bool sends)
    {
        if (!question || !button)
            return false;
        QSignalSpy finished(&page, &ChannelsPage::commandFinished);
        button->click();
        if (!sends) {
            QTest::qWait(300); // long enough for a wrongly sent command to land
            return finished.isEmpty();
        }
        return finished.wait(5000) && finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(setUpAdmin());
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(addUnreachableChannel(appSecret));
        QVERIFY2(startHubAsAdmin(), m_hub.log().constData());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Sales"}}, m_admin).status,
            201);
        m_conversation =
            customerWrites(m_hub, appSecret, m_admin,
                           CustomerMessage(QStringLiteral("5511987650001"), QStringLiteral("Oi!")));
        QVERIFY(m_conversation > 0);
    }

    void theListShowsEveryChannelWithItsStatus()
    {
        auto page = openPage();
        QCOMPARE(page->channels().size(), 1);
        QCOMPARE(statusCell(*page, 1), channelStatusText(ChannelStatus::Connected));
    }

    void anOversizedIconIsRefusedWithTheRule()
    {
        auto page = openPage();
        ChannelEditor *editor = page->addChannel();
        const QString big = writeFile(QStringLiteral("logo.png"), maxChannelIconBytes + 1);
        QVERIFY(!editor->setIconFile(big));
        const RuleErrors expected =
            checkChannelIcon({QStringLiteral("logo.png"), maxChannelIconBytes + 1, pngHead()});
        QCOMPARE(expected.first().code, QStringLiteral("channel_icon_too_large"));
        QCOMPARE(editor->errorText(), expected.first().message());
        QVERIFY(!child<QLabel>(*editor, "channelError")->isHidden());

        const QString gif = writeFile(QStringLiteral("logo.gif"), 100);
        QVERIFY(!editor->setIconFile(gif));
        QCOMPARE(editor->errorText(),
                 checkChannelIcon({QStringLiteral("logo.gif"), 100, pngHead()}).first().message());

        QVERIFY(editor->setIconFile(writeFile(QStringLiteral("exact.png"), maxChannelIconBytes)));
        QVERIFY(editor->errorText().isEmpty());
    }

    void connectingANumberShowsTheWebhookDetails()
    {
        auto page = openPage();
        ChannelEditor *editor = page->addChannel();
        QSignalSpy departments(editor, &ChannelEditor::departmentsLoaded);
        QVERIFY(departments.wait(5000));
        QTRY_VERIFY(editor->routingBox()->isLoaded());

        QCOMPARE(child<QLineEdit>(*editor, "webhookUrl")->text(),
                 m_hub.url(QStringLiteral("/webhooks/whatsapp")).toString());
        const QString token = editor->verifyToken();
        QVERIFY(token.size() >= 20);
        child<QToolButton>(*editor, "copyVerifyToken")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        child<QToolButton>(*editor, "copyWebhookUrl")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), editor->webhookUrl());

        // A rule of core/rules refuses before anything reaches the hub.
        child<QLineEdit>(*editor, "channelName")->setText(QStringLiteral("Loja Centro"));
        const QString tooShort = QStringLiteral("+55 11 333");
        child<QLineEdit>(*editor, "channelNumber")->setText(tooShort);
        editor->save();
        const RuleErrors numberErrors = checkDisplayNumber(tooShort);
        QCOMPARE(numberErrors.size(), 1);
        QCOMPARE(editor->errorText(), numberErrors.first().message());
        QCOMPARE(page->channels().size(), 1);

        child<QLineEdit>(*editor, "channelNumber")->setText(QStringLiteral("+55 11 3333-4444"));
        auto *department = child<QComboBox>(*editor, "channelDepartment");
        department->setCurrentIndex(department->findData(QStringLiteral("Sales")));
        child<QLineEdit>(*editor, "wabaId")->setText(QStringLiteral("102290129340399"));
        child<QLineEdit>(*editor, "phoneNumberId")->setText(QStringLiteral("106540352242999"));
        child<QLineEdit>(*editor, "accessToken")->setText(QStringLiteral("token-2"));
        child<QLineEdit>(*editor, "appSecret")->setText(QStringLiteral("secret-2"));
        child<QComboBox>(*editor, "newCustomersAs")->setCurrentIndex(1);
        auto *assignTo = child<QComboBox>(*editor, "assignTo");
        assignTo->setCurrentIndex(assignTo->findData(QStringLiteral("roles")));
        editor->save(); // no role chosen yet
        QVERIFY(!editor->errorText().isEmpty());
        child<CheckList>(*editor, "assignRoles")->setChecked({QStringLiteral("agent")});
        QVERIFY(editor->setIconFile(writeFile(QStringLiteral("icon.png"), 2048)));

        QSignalSpy saved(editor, &ChannelEditor::saved);
        editor->save();
        QVERIFY2(saved.wait(5000), qPrintable(editor->errorText()));
        const Id id = saved.first().first().value<Channel>().id;
        QCOMPARE(page->channels().size(), 2);
        const QJsonObject stored = hubChannel(id);
        QCOMPARE(stored[QStringLiteral("display_number")].toString(),
                 QStringLiteral("551133334444"));
        QCOMPARE(stored[QStringLiteral("department")].toString(), QStringLiteral("Sales"));
        QCOMPARE(stored[QStringLiteral("new_customers_as")].toString(), QStringLiteral("contacts"));
        const QJsonObject routing =
            m_hub.get(QStringLiteral("/api/v1/channels/%1/routing").arg(id), m_admin)
                .json()
                .value(QStringLiteral("routing"))
                .toObject();
        QCOMPARE(routing[QStringLiteral("assign_to")].toString(), QStringLiteral("roles"));
        QCOMPARE(routing[QStringLiteral("roles")].toArray(), QJsonArray{"agent"});
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/%1/icon").arg(id), m_admin).body.size(),
                 2048);
        // Meta's verification now succeeds with the token the dialog showed.
        QCOMPARE(m_hub
                     .get(QStringLiteral("/webhooks/whatsapp?hub.mode=subscribe&"
                                         "hub.verify_token=%1&hub.challenge=42")
                              .arg(token))
                     .body,
                 QByteArray("42"));
    }

    void preferencesRoundTrip()
    {
        auto page = openPage();
        page->selectChannel(1);
        ChannelEditor *editor = page->editCurrent();
        QVERIFY(editor);
        QTRY_VERIFY(editor->routingBox()->isLoaded());
        QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("accessToken")));
        child<QSpinBox>(*editor, "autoCloseMinutes")->setValue(90);
        auto *assignTo = child<QComboBox>(*editor, "assignTo");
        assignTo->setCurrentIndex(assignTo->findData(QStringLiteral("users")));
        child<CheckList>(*editor, "assignUsers")->setChecked({qlonglong(2)});
        child<CheckList>(*editor, "enabledDepartments")->setChecked({QStringLiteral("Sales")});
        QSignalSpy saved(editor, &ChannelEditor::saved);
        editor->save();
        QVERIFY2(saved.wait(5000), qPrintable(editor->errorText()));
        QCOMPARE(hubChannel(1)[QStringLiteral("auto_close_after_minutes")].toInteger(), 90);

        // Opening it again shows what the hub stored.
        page->selectChannel(1);
        editor = page->editCurrent();
        QTRY_VERIFY(editor->routingBox()->isLoaded());
        QCOMPARE(child<QSpinBox>(*editor, "autoCloseMinutes")->value(), 90);
        QCOMPARE(child<QComboBox>(*editor, "assignTo")->currentData().toString(),
                 QStringLiteral("users"));
        QCOMPARE(child<CheckList>(*editor, "assignUsers")->checked(), QVariantList{qlonglong(2)});
        QCOMPARE(child<CheckList>(*editor, "enabledDepartments")->checked(),
                 QVariantList{QStringLiteral("Sales")});
        editor->reject();
    }

    void deactivatingAsksFirst()
    {
        auto page = openPage();
        page->selectChannel(1);
        QMessageBox *question = page->toggleActiveCurrent();
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QVERIFY(answer(*page, question, question->button(QMessageBox::Cancel), false));
        QCOMPARE(hubChannel(1)[QStringLiteral("status")].toString(), QStringLiteral("connected"));
        QCOMPARE(statusCell(*page, 1), channelStatusText(ChannelStatus::Connected));

        question = page->toggleActiveCurrent();
        QVERIFY(answer(*page, question, buttonWithRole(question, QMessageBox::AcceptRole), true));
        QCOMPARE(hubChannel(1)[QStringLiteral("status")].toString(), QStringLiteral("deactivated"));
        QCOMPARE(statusCell(*page, 1), channelStatusText(ChannelStatus::Deactivated));
        QCOMPARE(child<QPushButton>(*page, "toggleChannel")->text(), ChannelsPage::tr("Activate…"));

        question = page->toggleActiveCurrent();
        QVERIFY(answer(*page, question, buttonWithRole(question, QMessageBox::AcceptRole), true));
        QCOMPARE(hubChannel(1)[QStringLiteral("status")].toString(), QStringLiteral("connected"));
    }

    void disconnectingNeedsYesDelete()
    {
        auto page = openPage();
        page->selectChannel(1);
        QMessageBox *question = page->disconnectCurrent();
        QVERIFY(question);
        auto *yes = question->findChild<QPushButton *>(QStringLiteral("yesDelete"));
        QVERIFY(yes);
        QCOMPARE(yes->text(), ChannelsPage::tr("Yes, delete"));
        // The sources' "Yes, delete" with what it deletes and what stays, in so many words.
        QVERIFY(question->informativeText().contains(QStringLiteral("deletes only this channel's "
                                                                    "access token")));
        QVERIFY(question->informativeText().contains(
            QStringLiteral("Nothing else is deleted: every conversation and message")));
        QVERIFY(question->defaultButton() != yes);
        QVERIFY(answer(*page, question, question->button(QMessageBox::Cancel), false));
        QCOMPARE(hubChannel(1)[QStringLiteral("status")].toString(), QStringLiteral("connected"));

        question = page->disconnectCurrent();
        QVERIFY(answer(*page, question,
                       question->findChild<QPushButton *>(QStringLiteral("yesDelete")), true));
        QCOMPARE(hubChannel(1)[QStringLiteral("status")].toString(),
                 QStringLiteral("disconnected"));
        QCOMPARE(statusCell(*page, 1), channelStatusText(ChannelStatus::Disconnected));
        QVERIFY(!child<QPushButton>(*page, "disconnectChannel")->isEnabled());
        QCOMPARE(page->disconnectCurrent(), nullptr);
        // R1.5: the customer's message is still there.
        const QJsonArray messages =
            m_hub
                .get(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                     m_admin)
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first()[QStringLiteral("text")].toString(), QStringLiteral("Oi!"));
    }
};

QTEST_MAIN(ChannelsPageTest)
#include "tst_channelspage.moc"
