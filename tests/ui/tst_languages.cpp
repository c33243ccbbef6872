// The translations reach the screen: with a language stored in the settings, Language::install()
// loads it, and texts made outside a QObject (hub errors, channel states, roles, durations) are
// looked up under the context lupdate filed them in. A context mismatch leaves English on screen
// even though the .ts file is complete, which tst_translations cannot see.
#include "../core/mirrorfixture.h"
#include "core/billing/rateplan.h"
#include "core/domain/fieldlabels.h"
#include "core/rules/recordmerging.h"
#include "core/rules/servicewindow.h"
#include "core/sync/huberror.h"
#include "screenshots.h"
#include "ui/admin/creditformat.h"
#include "ui/admin/peopletexts.h"
#include "ui/conversation/presencebar.h"
#include "ui/models/messagelistmodel.h"
#include "ui/notify/notifychoicebox.h"
#include "ui/settings/language.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

using namespace parley;
using namespace parley::ui;
using namespace parley::testing;

class LanguagesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("Parley"));
        QApplication::setApplicationName(QStringLiteral("parley-languages-test"));
        QSettings().clear();
    }

    void everyLanguageIsBuiltIn_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"pt_BR", "zh_CN", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyLanguageIsBuiltIn()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/parley_") + code));
        QVERIFY(!translator.isEmpty());
    }

    // Issue #12's screens in each language: "Notify me about" in Settings and the presence
    // line of the conversation pane; with PARLEY_SCREENSHOT_DIR set, as docs/screenshots shows
    // them (notify-setting-<lang>.png, presence-<lang>.png).
    void notificationChoiceAndPresenceSpeakEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"en", "pt_BR", "zh_CN", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void notificationChoiceAndPresenceSpeakEveryLanguage()
    {
        QFETCH(QString, code);
        const QList<PresentAgent> present{{1, QStringLiteral("Ana"), true},
                                          {2, QStringLiteral("Bruno"), false}};
        const QString englishPresence = PresenceBar::describe(present);
        const QString englishChoice = NotifyChoiceBox::textOf(NotifyChoice::Default);
        QTranslator translator;
        QTranslator qtWords;
        if (code != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/parley_") + code));
            QCoreApplication::installTranslator(&translator);
            installQtWords(&qtWords, code);
        }
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("mirror.sqlite"))),
                 Mirror::OpenStatus::Ok);
        SettingsDialog dialog;
        auto *choice = new NotifyChoiceBox(mirror.database(), nullptr, &dialog);
        dialog.addNotificationChoice(choice);
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form);
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(choice, &row, &role);
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        QVERIFY(label);
        QCOMPARE(label->text(), SettingsDialog::tr("Notify me about:"));
        PresenceBar bar;
        bar.setConversation(1);
        bar.showPresence({1, present});
        QVERIFY(bar.text().contains(QStringLiteral("Ana")) &&
                bar.text().contains(QStringLiteral("Bruno")));
        if (code != QLatin1String("en")) {
            QVERIFY2(label->text() != QStringLiteral("Notify me about:"), qPrintable(code));
            QVERIFY2(choice->itemText(0) != englishChoice, qPrintable(code));
            QVERIFY2(bar.text() != englishPresence, qPrintable(bar.text()));
        }
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("notify-setting"), code));
        QWidget pane;
        auto *layout = new QVBoxLayout(&pane);
        bar.setParent(&pane);
        layout->addWidget(&bar);
        pane.resize(520, bar.sizeHint().height() + 24);
        QVERIFY(saveScreenshot(&pane, QStringLiteral("presence"), code));
        bar.setParent(nullptr);
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtWords);
    }

    // A field a merge kept twice ("Full Name (2)", stored in English by the hub) and the rate
    // table's preset countries read in the admin's language; a country an admin named stays as
    // written.
    void mergedFieldsAndRateCountriesAreTranslated()
    {
        const QVariantMap merged =
            mergedRecordFields({{QStringLiteral("Full Name"), QStringLiteral("Ana Souza")}},
                               {{QStringLiteral("Full Name"), QStringLiteral("Ana S.")}});
        const QString second = numberedFieldName(QStringLiteral("Full Name"), 2);
        QCOMPARE(merged.value(second).toString(), QStringLiteral("Ana S."));
        QCOMPARE(fieldLabel(second), QStringLiteral("Full Name (2)")); // English: as stored
        const QList<CountryRate> presets = deskCountryPlan().templateRates;
        const auto brazil =
            std::find_if(presets.cbegin(), presets.cend(),
                         [](const CountryRate &r) { return r.prefix == QLatin1String("55"); });
        QVERIFY(brazil != presets.cend());
        QCOMPARE(rateCountryText(*brazil), QStringLiteral("Brazil"));

        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(":/i18n/parley_ja")));
        QCoreApplication::installTranslator(&japanese);
        const QString label = fieldLabel(second);
        const QString twice = fieldLabel(numberedFieldName(second, 3));
        const QString country = rateCountryText(*brazil);
        const QString named = rateCountryText(
            {QStringLiteral("351"), QStringLiteral("Portugal (Lisboa)"), {}, {}, {}, {}});
        const QString other =
            rateCountryText({QString(), QStringLiteral("Other countries"), {}, {}, {}, {}});
        const QString fullName = fieldLabel(QStringLiteral("Full Name"));
        QCoreApplication::removeTranslator(&japanese);
        QVERIFY2(fullName != QStringLiteral("Full Name"), qPrintable(fullName));
        QVERIFY2(label.startsWith(fullName) && label.contains(u'2') &&
                     !label.contains(QStringLiteral("Full Name")),
                 qPrintable(label));
        QVERIFY2(twice.startsWith(label) && twice.contains(u'3'), qPrintable(twice));
        QCOMPARE(country, QStringLiteral("ブラジル"));
        QCOMPARE(named, QStringLiteral("Portugal (Lisboa)"));
        QVERIFY2(other != QStringLiteral("Other countries"), qPrintable(other));
        // A custom field whose name merely ends in a number is not renumbered: "(1)" is not a
        // merge's, and a field without a translation keeps its name.
        QCOMPARE(fieldLabel(QStringLiteral("Budget (1)")), QStringLiteral("Budget (1)"));
    }

    void textsOutsideWidgetsAreTranslated()
    {
        const QString english = hubErrorText(QStringLiteral("window_closed"));
        const QString englishStatus = channelStatusText(ChannelStatus::Connected);
        const QString englishRole = roleText(Role::Viewer);
        const QString englishRecord =
            hubErrorText(QStringLiteral("not_found"), {}, HubSubject::Record);
        const QString englishDuration = compactDuration(3 * 3600 * 1000 + 5 * 60 * 1000);
        Language::store(QStringLiteral("ja"));
        QCOMPARE(Language::install(), QStringLiteral("ja"));
        QCOMPARE(QLocale().name(), QStringLiteral("ja_JP"));
        QVERIFY2(hubErrorText(QStringLiteral("window_closed")) != english, "hub errors");
        QVERIFY2(channelStatusText(ChannelStatus::Connected) != englishStatus, "channel states");
        QVERIFY2(roleText(Role::Viewer) != englishRole, "roles");
        QVERIFY2(hubErrorText(QStringLiteral("not_found"), {}, HubSubject::Record) != englishRecord,
                 "record errors");
        QVERIFY2(compactDuration(3 * 3600 * 1000 + 5 * 60 * 1000) != englishDuration, "durations");
    }

    void settingsOfferEveryLanguageByItsOwnName()
    {
        SettingsDialog dialog;
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 5); // the system's, then the four
        QCOMPARE(box->itemData(box->findText(QStringLiteral("日本語"))).toString(),
                 QStringLiteral("ja"));
        QVERIFY(box->findText(QStringLiteral("Português (Brasil)")) > 0);
        QVERIFY(box->findText(QStringLiteral("中文（简体）")) > 0);
        box->setCurrentIndex(box->findData(QStringLiteral("pt_BR")));
        QCOMPARE(Language::stored(), QStringLiteral("pt_BR"));
        box->setCurrentIndex(0);
        QCOMPARE(Language::stored(), QString()); // back to the system's language
    }

    void failedMessagesSayWhyInTheAgentsLanguage()
    {
        // The hub stores an English reason with each failed message; the bubble shows the
        // desktop's translation of its code, so a Chinese agent reads that WhatsApp may or may
        // not have the message (and does not send it twice).
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        Message unknown = textMessage(1, 7, Direction::Out, QStringLiteral("Seu pedido saiu."), 1);
        unknown.state = DeliveryState::Failed;
        unknown.failureCode = QStringLiteral("delivery_unknown");
        unknown.failureReason = QStringLiteral("The hub stopped while sending; WhatsApp may or may "
                                               "not have received this message.");
        Message other = textMessage(2, 7, Direction::Out, QStringLiteral("Oi?"), 2);
        other.state = DeliveryState::Failed;
        other.failureCode = QStringLiteral("131000");
        other.failureReason = QStringLiteral("Something went wrong");
        EventLog log;
        QVERIFY(mirror.apply(batchOf({log.message(unknown), log.message(other)})));
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/parley_zh_CN")));
        QApplication::installTranslator(&chinese);
        MessageListModel model(mirror.database());
        model.setConversation(7);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 2);
        const QString said = model.data(model.index(0), MessageListModel::FailureRole).toString();
        QApplication::removeTranslator(&chinese);
        QVERIFY2(said.contains(QStringLiteral("可能已收到")) &&
                     said.contains(QStringLiteral("也可能未收到")),
                 qPrintable(said));
        // A code the desktop has no words for keeps the hub's reason.
        QCOMPARE(model.data(model.index(1), MessageListModel::FailureRole).toString(),
                 QStringLiteral("Something went wrong"));
    }

    // English shows "1 ticket" and "5 tickets", never "ticket(s)": its plural forms are the one
    // thing English translates (translations/parley_en.ts).
    void englishSaysOneTicketAndFiveTickets()
    {
        Language::store(QStringLiteral("en"));
        QCOMPARE(Language::install(), QStringLiteral("en"));
        const char *tickets = "parley::ui::TicketsWindow";
        QCOMPARE(QCoreApplication::translate(tickets, "Page %1 of %2 · %n ticket(s)", nullptr, 1)
                     .arg(1)
                     .arg(1),
                 QStringLiteral("Page 1 of 1 · 1 ticket"));
        QCOMPARE(QCoreApplication::translate(tickets, "Page %1 of %2 · %n ticket(s)", nullptr, 5)
                     .arg(1)
                     .arg(1),
                 QStringLiteral("Page 1 of 1 · 5 tickets"));
        QCOMPARE(QCoreApplication::translate("parley::ui::RecordsWindow", "%n record(s) shown",
                                             nullptr, 1),
                 QStringLiteral("1 record shown"));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(LanguagesTest)
#include "tst_languages.moc"
