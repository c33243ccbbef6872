// R1.9: the business profile dialog against the real hub with the sim as WhatsApp: it loads
// Meta's profile, saves an edit that a reload shows, and keeps Save off past Meta's limits.
#include "core/rules/profilerules.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/admin/channelprofiledialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class ChannelProfileTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        const QString token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!token.isEmpty());
        m_client.setHub(m_hub.url());
        m_client.setToken(token);
        m_channel.id = 1; // startHubWithSim's one channel
        m_channel.name = QStringLiteral("Sales");
        m_channel.displayNumber = QStringLiteral("15550783881");
        const QJsonObject seeded{{"messaging_product", "whatsapp"},
                                 {"about", "Succulent specialists!"},
                                 {"vertical", "RETAIL"}};
        QCOMPARE(m_sim
                     .graph("POST",
                            QLatin1Char('/') + m_sim.identity().phoneNumberId +
                                QStringLiteral("/whatsapp_business_profile"),
                            seeded)
                     .status,
                 200);
    }

    void loadsEditsSavesAndReloads()
    {
        auto dialog = open();
        QCOMPARE(dialog->aboutEdit()->text(), QStringLiteral("Succulent specialists!"));
        QCOMPARE(dialog->verticalCombo()->currentData().toString(), QStringLiteral("RETAIL"));
        QVERIFY(dialog->saveButton()->isEnabled());

        dialog->aboutEdit()->setText(QStringLiteral("Cacti and succulents"));
        dialog->verticalCombo()->setCurrentIndex(
            dialog->verticalCombo()->findData(QStringLiteral("GROCERY")));
        QSignalSpy saved(dialog.get(), &ChannelProfileDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(5000), qPrintable(dialog->errorText()));

        auto reloaded = open();
        QCOMPARE(reloaded->aboutEdit()->text(), QStringLiteral("Cacti and succulents"));
        QCOMPARE(reloaded->verticalCombo()->currentData().toString(), QStringLiteral("GROCERY"));
    }

    void overLimitDisablesSave()
    {
        auto dialog = open();
        dialog->descriptionEdit()->setPlainText(
            QString(maxProfileDescriptionLength, QLatin1Char('d')));
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->descriptionEdit()->setPlainText(
            QString(maxProfileDescriptionLength + 1, QLatin1Char('d')));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->aboutEdit()->setText(QString(maxProfileAboutLength + 1, QLatin1Char('a')));
        dialog->descriptionEdit()->clear();
        QVERIFY(!dialog->saveButton()->isEnabled());
    }

private:
    std::unique_ptr<ChannelProfileDialog> open()
    {
        auto dialog = std::make_unique<ChannelProfileDialog>(&m_client, m_channel);
        QSignalSpy loaded(dialog.get(), &ChannelProfileDialog::loaded);
        if (!loaded.wait(5000))
            qWarning("the profile did not load: %s", qPrintable(dialog->errorText()));
        return dialog;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    HubClient m_client;
    Channel m_channel;
};

QTEST_MAIN(ChannelProfileTest)
#include "tst_channelprofile.moc"
