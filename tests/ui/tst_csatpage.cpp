// The Administration page of the CSAT survey (issue #14 item 5) against the real hub, with the
// real cloud simulator approving the survey template: an admin turns surveys on with a template
// for every channel and another for one channel, saves, and a second page reads the choices back
// from the hub; turned off, the hub holds no setting; an agent's page is read-only and says the
// hub's refusal in the error table's words. PARLEY_SCREENSHOT_DIR set: the page as
// docs/screenshots shows it (PARLEY_SCREENSHOT_LANG for another language).
#include "../hub/approvedtemplate.h"
#include "adminpagefixture.h"
#include "screenshots.h"
#include "simprocess.h"
#include "ui/admin/adminwindow.h"
#include "ui/admin/csatpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class CsatPageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        QVERIFY(setUpAdmin());
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        QVERIFY(!m_admin.isEmpty());
        m_client.setHub(m_hub.url());
        m_client.setToken(m_admin);
        m_channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()[QStringLiteral("id")]
                .toInteger();
        QVERIFY(m_channel > 0);
        m_survey =
            approvedTemplate("pesquisa_satisfacao", "Como foi o atendimento? Toque de 1 a 5.");
        m_short = approvedTemplate("nota_rapida", "De 1 a 5, que nota você dá?");
        m_noButtons = approvedTemplate("aviso_entrega", "Seu pedido saiu para entrega.", false);
        QVERIFY(m_survey > 0 && m_short > 0 && m_noButtons > 0);
        QVERIFY(syncMirror());
    }

    void anAdminChoosesSavesAndReadsBack()
    {
        CsatPage page(m_mirror.database(), &m_client);
        QSignalSpy loaded(&page, &CsatPage::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QVERIFY(!page.surveysOn()); // nothing set on the hub yet
        auto *every = child<QComboBox>(page, "csatEveryChannel");
        QVERIFY(!every->isEnabled());
        // None, then the approved templates, the two of this test among them.
        QCOMPARE(every->itemData(0).toLongLong(), qint64(0));
        QVERIFY(every->findData(m_survey) > 0 && every->findData(m_short) > 0);
        // A template without the scores as quick replies cannot be the survey.
        QCOMPARE(every->findData(m_noButtons), -1);
        // Drafts and templates in review are not offered.
        QVERIFY(!page.chooseEveryChannelTemplate(9999));

        child<QCheckBox>(page, "csatOn")->click();
        QVERIFY(page.surveysOn());
        QVERIFY(every->isEnabled());
        QVERIFY(page.chooseEveryChannelTemplate(m_survey));
        QVERIFY(page.chooseChannelTemplate(m_channel, m_short));
        QSignalSpy saved(&page, &CsatPage::saved);
        child<QPushButton>(page, "saveCsat")->click();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(page.errorText(), QString());
        QCOMPARE(hubSettings(), (QMap<qint64, qint64>{{0, m_survey}, {m_channel, m_short}}));

        // The window opened again: read back from the hub.
        AdminWindow window(m_mirror.database(), &m_client);
        CsatPage *again = window.csat();
        QSignalSpy reloaded(again, &CsatPage::loaded);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(again->surveysOn());
        QCOMPARE(again->everyChannelTemplate(), m_survey);
        QCOMPARE(again->channelTemplate(m_channel), m_short);
        window.showPage(AdminWindow::Page::Csat);
        window.resize(1000, 560);
        QVERIFY(saveScreenshot(&window, QStringLiteral("csat-settings")));

        // The channel back to every channel's, then surveys off: the hub holds nothing.
        QVERIFY(again->chooseChannelTemplate(m_channel, 0));
        QSignalSpy savedAgain(again, &CsatPage::saved);
        again->save();
        QVERIFY(savedAgain.wait(5000));
        QCOMPARE(hubSettings(), (QMap<qint64, qint64>{{0, m_survey}}));
        again->setSurveysOn(false);
        again->save();
        QVERIFY(savedAgain.wait(5000));
        QCOMPARE(savedAgain.last().first().toBool(), true);
        QCOMPARE(hubSettings(), (QMap<qint64, qint64>{}));
    }

    void anAgentIsRefusedAndCannotChange()
    {
        HubClient agent;
        agent.setHub(m_hub.url());
        agent.setToken(m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password")));
        CsatPage page(m_mirror.database(), &agent);
        QSignalSpy loaded(&page, &CsatPage::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QCOMPARE(page.errorText(), hubErrorText(QStringLiteral("forbidden_admin_only")));
        QVERIFY(!child<QCheckBox>(page, "csatOn")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "saveCsat")->isEnabled());
        // Past the disabled controls, the hub still refuses; nothing is stored.
        page.setSurveysOn(true);
        QVERIFY(page.chooseEveryChannelTemplate(m_survey));
        QSignalSpy saved(&page, &CsatPage::saved);
        page.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toBool(), false);
        QCOMPARE(page.errorText(), hubErrorText(QStringLiteral("forbidden_admin_only")));
        QCOMPARE(hubSettings(), (QMap<qint64, qint64>{}));
    }

private:
    // An approved template; a survey's quick replies 1–5 unless `survey` is false.
    qint64 approvedTemplate(const char *name, const char *body, bool survey = true)
    {
        QJsonObject fields{{"name", name},
                           {"language", "pt_BR"},
                           {"category", "UTILITY"},
                           {"module", "Contacts"},
                           {"body", body}};
        if (survey) {
            QJsonArray scores;
            for (int score = 5; score >= 1; --score)
                scores.append(
                    QJsonObject{{"type", "QUICK_REPLY"}, {"text", QString::number(score)}});
            fields.insert(QStringLiteral("buttons"), scores);
        }
        return parley::testing::approvedTemplate(m_hub, m_admin, fields);
    }

    bool syncMirror()
    {
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin);
        SyncBatch batch;
        QString error;
        if (reply.status != 200 || !fromJson(reply.json(), &batch, &error))
            return false;
        return m_mirror.apply(batch);
    }

    QMap<qint64, qint64> hubSettings()
    {
        QMap<qint64, qint64> settings;
        for (const QJsonValue &s : m_hub.getList(QStringLiteral("/api/v1/csat/settings"),
                                                 QStringLiteral("settings"), m_admin))
            settings.insert(s["channel_id"].toInteger(), s["template_id"].toInteger());
        return settings;
    }

    SimProcess m_sim;
    QTranslator m_translator;
    qint64 m_channel = 0;
    qint64 m_survey = 0;
    qint64 m_short = 0;
    qint64 m_noButtons = 0;
};

QTEST_MAIN(CsatPageTest)
#include "tst_csatpage.moc"
