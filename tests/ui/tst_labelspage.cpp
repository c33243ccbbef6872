// The admin Labels page and the per-channel read-receipt setting (issue #12 triage) against a
// real parley-hub: labels listed with their colour swatches, created, renamed, recoloured and
// deleted after a question that counts the conversations carrying the label; a refusal in the
// hub error table's words; the Channels page's read-receipt choice read and saved per channel.
// PARLEY_SCREENSHOT_DIR set: the page as docs/screenshots shows it (PARLEY_SCREENSHOT_LANG for
// another language).
#include "adminpagefixture.h"
#include "customerwrites.h"
#include "screenshots.h"
#include "ui/admin/channelreceiptbox.h"
#include "ui/admin/channelspage.h"
#include "ui/admin/labelspage.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString appSecret = QStringLiteral("labels-secret");

} // namespace

class LabelsPageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        QVERIFY(setUpAdmin());
        QVERIFY(addUnreachableChannel(appSecret));
        QVERIFY(startHubAsAdmin());
    }

    void labelsAreListedWithTheirColours()
    {
        for (const auto &[name, colour] :
             {std::pair{"VIP", "#d4a017"}, std::pair{"Reembolso", "#c0392b"},
              std::pair{"Atacado", "#2e86c1"}})
            QCOMPARE(m_hub
                         .post(QStringLiteral("/api/v1/labels"),
                               {{"name", name}, {"color", colour}}, m_admin)
                         .status,
                     201);
        LabelsPage page(&m_client);
        QSignalSpy shown(&page, &LabelsPage::labelsShown);
        QVERIFY(shown.wait(5000));
        auto *list = child<QListWidget>(page, "labelList");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Atacado")); // by name
        // The swatch is the label's colour.
        const QImage swatch = list->item(2)->icon().pixmap(20, 20).toImage();
        QCOMPARE(swatch.pixelColor(10, 10).name(), QStringLiteral("#d4a017"));
        QVERIFY(!child<QPushButton>(page, "deleteLabel")->isEnabled()); // nothing chosen
    }

    void anAdminCreatesRenamesAndRecolours()
    {
        LabelsPage page(&m_client);
        QSignalSpy shown(&page, &LabelsPage::labelsShown);
        QVERIFY(shown.wait(5000));
        QSignalSpy finished(&page, &LabelsPage::changeFinished);

        QColorDialog *colour = page.chooseNewColour();
        colour->setCurrentColor(QColor(QStringLiteral("#27ae60")));
        colour->accept();
        QCOMPARE(page.newColour().name(), QStringLiteral("#27ae60"));
        auto *name = child<QLineEdit>(page, "labelName");
        QVERIFY(!child<QPushButton>(page, "addLabel")->isEnabled());
        QTest::keyClicks(name, QStringLiteral("Garantia"));
        child<QPushButton>(page, "addLabel")->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(name->text().isEmpty());
        const Id garantia = page.currentLabel()->id;
        QCOMPARE(hubLabel(garantia)["color"].toString(), QStringLiteral("#27ae60"));

        QInputDialog *rename = page.renameCurrent();
        QVERIFY(rename);
        rename->setTextValue(QStringLiteral("Garantia estendida"));
        rename->accept();
        QVERIFY(finished.wait(5000));
        QCOMPARE(hubLabel(garantia)["name"].toString(), QStringLiteral("Garantia estendida"));

        QColorDialog *recolour = page.recolourCurrent();
        QVERIFY(recolour);
        recolour->setCurrentColor(QColor(QStringLiteral("#8e44ad")));
        recolour->accept();
        QVERIFY(finished.wait(5000));
        QCOMPARE(hubLabel(garantia)["color"].toString(), QStringLiteral("#8e44ad"));
        auto *list = child<QListWidget>(page, "labelList");
        QCOMPARE(list->currentItem()->icon().pixmap(20, 20).toImage().pixelColor(10, 10).name(),
                 QStringLiteral("#8e44ad"));

        // A name taken: refused in the table's words, nothing changes.
        page.selectLabel(garantia);
        rename = page.renameCurrent();
        rename->setTextValue(QStringLiteral("VIP"));
        rename->accept();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        auto *error = child<QLabel>(page, "labelsError");
        QVERIFY(error->isVisible() || !error->isHidden());
        QCOMPARE(error->text(), hubErrorText(QStringLiteral("label_exists")));
        QCOMPARE(hubLabel(garantia)["name"].toString(), QStringLiteral("Garantia estendida"));
    }

    void deletingSaysHowManyConversationsCarryTheLabel()
    {
        const Id vip = labelId(QStringLiteral("VIP"));
        // Two conversations labelled VIP.
        QList<Id> chats;
        for (const char *number : {"5511987650701", "5511987650702"}) {
            CustomerMessage message(QString::fromLatin1(number), QStringLiteral("Oi"),
                                    QStringLiteral("Cliente"));
            chats.append(customerWrites(m_hub, appSecret, m_admin, message));
            QVERIFY(chats.last() != 0);
            QCOMPARE(m_hub
                         .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chats.last()),
                               {{"labels", QJsonObject{{"add", QJsonArray{vip}}}}}, m_admin)
                         .status,
                     200);
        }
        LabelsPage page(&m_client);
        QSignalSpy shown(&page, &LabelsPage::labelsShown);
        QVERIFY(shown.wait(5000));
        QSignalSpy asked(&page, &LabelsPage::deleteQuestionShown);
        page.selectLabel(vip);
        child<QPushButton>(page, "deleteLabel")->click();
        QVERIFY(asked.wait(5000));
        auto *question = asked.first().first().value<QMessageBox *>();
        QVERIFY2(question->informativeText().startsWith(LabelsPage::tr(
                     "%n conversations carry it; it will be taken off them.", nullptr, 2)),
                 qPrintable(question->informativeText()));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        // Cancel keeps it.
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(labelId(QStringLiteral("VIP")) != 0);

        QSignalSpy finished(&page, &LabelsPage::changeFinished);
        child<QPushButton>(page, "deleteLabel")->click();
        QVERIFY(asked.wait(5000));
        question = asked.last().first().value<QMessageBox *>();
        buttonWithRole(question, QMessageBox::DestructiveRole)->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(labelId(QStringLiteral("VIP")), Id(0));
        QCOMPARE(child<QListWidget>(page, "labelList")->count(), 3);
        for (const Id chat : chats) {
            const QJsonArray log = m_hub.events(m_admin);
            QJsonArray labels;
            for (const QJsonValue &event : log) {
                if (event["type"].toString() == QLatin1String("conversation.updated") &&
                    event["data"]["id"].toInteger() == chat)
                    labels = event["data"]["labels"].toArray();
            }
            QVERIFY(labels.isEmpty());
        }
        // An unused label says so.
        page.selectLabel(labelId(QStringLiteral("Atacado")));
        child<QPushButton>(page, "deleteLabel")->click();
        QVERIFY(asked.wait(5000));
        question = asked.last().first().value<QMessageBox *>();
        QVERIFY2(
            question->informativeText().startsWith(LabelsPage::tr("No conversation carries it.")),
            qPrintable(question->informativeText()));
        question->button(QMessageBox::Cancel)->click();

        if (const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR"); !dir.isEmpty())
            screenshot(dir);
    }

    void theChannelPageSetsWhoSendsReadReceipts()
    {
        const Id channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        QCOMPARE(receiptRule(channel), QStringLiteral("owner"));
        ChannelsPage page(m_mirror.database(), &m_client);
        QSignalSpy shown(&page, &ChannelsPage::channelsShown);
        QVERIFY(shown.wait(5000));
        auto *box = page.receipts();
        auto *choice = child<QComboBox>(page, "receiptRule");
        QVERIFY(!choice->isEnabled()); // no channel chosen
        QSignalSpy loaded(box, &ChannelReceiptBox::loaded);
        page.selectChannel(channel);
        QVERIFY(loaded.wait(5000));
        QVERIFY(choice->isEnabled());
        QCOMPARE(box->rule(), ReadReceiptRule::Owner);

        QSignalSpy saved(box, &ChannelReceiptBox::saved);
        choice->setCurrentIndex(choice->findData(int(ReadReceiptRule::AnyAgent)));
        emit choice->activated(choice->currentIndex());
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(receiptRule(channel), QStringLiteral("any_agent"));

        // A page opened afterwards reads it back.
        ChannelsPage again(m_mirror.database(), &m_client);
        QSignalSpy shownAgain(&again, &ChannelsPage::channelsShown);
        QVERIFY(shownAgain.wait(5000));
        QSignalSpy loadedAgain(again.receipts(), &ChannelReceiptBox::loaded);
        again.selectChannel(channel);
        QVERIFY(loadedAgain.wait(5000));
        QCOMPARE(again.receipts()->rule(), ReadReceiptRule::AnyAgent);
    }

private:
    QJsonObject hubLabel(Id id)
    {
        return withId(
            m_hub.getList(QStringLiteral("/api/v1/labels"), QStringLiteral("labels"), m_admin), id);
    }

    Id labelId(const QString &name)
    {
        for (const QJsonValue &label :
             m_hub.getList(QStringLiteral("/api/v1/labels"), QStringLiteral("labels"), m_admin)) {
            if (label["name"].toString() == name)
                return label["id"].toInteger();
        }
        return 0;
    }

    QString receiptRule(Id channel)
    {
        return m_hub.get(QStringLiteral("/api/v1/channels/%1/read-receipts").arg(channel), m_admin)
            .json()
            .value(QStringLiteral("sent_by"))
            .toString();
    }

    void screenshot(const QString &dir)
    {
        LabelsPage page(&m_client);
        QSignalSpy shown(&page, &LabelsPage::labelsShown);
        QVERIFY(shown.wait(5000));
        page.resize(560, 380);
        page.selectLabel(labelId(QStringLiteral("Reembolso")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(200);
        const QString lang = qEnvironmentVariable("PARLEY_SCREENSHOT_LANG", QStringLiteral("en"));
        QVERIFY(
            page.grab().save(QDir(dir).filePath(QStringLiteral("labels-page-%1.png").arg(lang))));
    }

    QTranslator m_translator;
};

QTEST_MAIN(LabelsPageTest)
#include "tst_labelspage.moc"
