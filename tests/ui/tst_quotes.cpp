// R4.7 quotes on the desktop against the real hub and simulator: a quote made in the editor
// (totals from core/rules as the agent types), seen on the record, attached from the composer
// ("Attach quote…"), rendered to PDF and sent through the outbox as a WhatsApp document, which
// the simulator received as a PDF holding the quote's number; the hub has it as sent.
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/mirror/recordreads.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/attachmentsender.h"
#include "ui/quotes/quoteattachdialog.h"
#include "ui/quotes/quoteeditor.h"
#include "ui/quotes/quotepdf.h"
#include "ui/quotes/recordquotes.h"
#include "ui/sync/synccontroller.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString customer = QStringLiteral("5511987650777");

} // namespace

class QuotesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_token).status,
            200);
        QVERIFY(!m_sim
                     .inbound(customer, QStringLiteral("Yuki"),
                              QStringLiteral("見積もりをお願いします"))
                     .isEmpty());
        m_client.setHub(m_hub.url());
        m_client.setToken(m_token);
        m_mirrorPath = m_dir.filePath(QStringLiteral("mirror.sqlite"));
        m_sync.start(m_hub.url(), m_token, m_mirrorPath);
        QCOMPARE(m_mirror.open(m_mirrorPath), Mirror::OpenStatus::Ok);
        // The customer's conversation and lead reach the mirror through sync.
        QTRY_VERIFY_WITH_TIMEOUT(conversationArrived(), 15000);
        QVERIFY(m_conversation.recordId > 0);
    }

    void createInTheEditor()
    {
        QuoteEditor editor(&m_client, m_conversation.recordId, std::nullopt);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // An empty line: the rules' words, and no saving.
        QVERIFY(!save->isEnabled());
        QVERIFY(!editor.problem()->text().isEmpty());
        QTest::keyClicks(editor.title(), QStringLiteral("ウェブサイト改修"));
        editor.currency()->setCurrentText(QStringLiteral("JPY"));
        editor.items()->item(0, 0)->setText(QStringLiteral("ホームページ制作"));
        editor.items()->item(0, 1)->setText(QStringLiteral("2"));
        editor.items()->item(0, 2)->setText(QStringLiteral("150000"));
        editor.items()->item(0, 3)->setText(QStringLiteral("10"));
        editor.items()->item(0, 4)->setText(QStringLiteral("10"));
        editor.addLine();
        editor.items()->item(1, 0)->setText(QStringLiteral("Hosting"));
        editor.items()->item(1, 2)->setText(QStringLiteral("12000"));
        // 300,000 − 30,000 + 27,000 + 12,000, live as typed.
        QVERIFY2(editor.totals()->text().contains(quoteMoneyText(309000, QStringLiteral("JPY"))),
                 qPrintable(editor.totals()->text()));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&editor, &QuoteEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        m_quote = saved.first().first().value<Quote>();
        QVERIFY(m_quote.number.startsWith(QStringLiteral("Q-")));
        QCOMPARE(m_quote.status, QuoteStatus::Draft);
        QCOMPARE(m_quote.content.items.size(), 2);
        const QJsonObject stored =
            m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote.id), m_token).json();
        QCOMPARE(stored["quote"]["totals"]["total"].toInteger(), 309000);
    }

    void seenOnTheRecord()
    {
        RecordQuotes quotes(&m_client);
        QSignalSpy loaded(&quotes, &RecordQuotes::loaded);
        quotes.showRecord(m_conversation.recordId, Module::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(quotes.list()->count(), 1);
        QVERIFY(quotes.list()->item(0)->text().contains(m_quote.number));
        QVERIFY(quotes.list()->item(0)->text().contains(QStringLiteral("ウェブサイト改修")));
        quotes.list()->setCurrentRow(0);
        QVERIFY(quotes.editQuote()->isEnabled()); // a draft
        // Companies have no quotes: the section hides.
        quotes.showRecord(m_conversation.recordId, Module::Companies);
        QVERIFY(quotes.isHidden());
    }

    void attachedFromTheComposerReachesTheCustomer()
    {
        AttachmentSender sender(&m_sync);
        QuoteAttachDialog dialog(m_mirror.database(), &m_client, &sender, m_conversation);
        QSignalSpy loaded(&dialog, &QuoteAttachDialog::loaded);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.quotes().first().id, m_quote.id);
        QVERIFY(dialog.newQuote()->isEnabled());
        QSignalSpy sent(&dialog, &QuoteAttachDialog::sent);
        dialog.accept();
        QVERIFY2(dialog.problem()->text().isEmpty(), qPrintable(dialog.problem()->text()));

        // The simulator got a document named after the quote, whose bytes are its PDF.
        QJsonObject document;
        QTRY_VERIFY_WITH_TIMEOUT(!(document = sentDocument()).isEmpty(), 20000);
        QCOMPARE(document.value("media")["filename"].toString(),
                 QStringLiteral("Quote %1.pdf").arg(m_quote.number));
        const HttpReply info =
            m_sim.graph("GET", QLatin1Char('/') + document.value("media")["id"].toString());
        QCOMPARE(info.status, 200);
        HttpReply file =
            httpCall("GET", QUrl(info.json().value("url").toString()), {},
                     {{"Authorization", "Bearer " + m_sim.identity().accessToken.toUtf8()}});
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("%PDF-"));
        QBuffer buffer(&file.body);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(m_quote.number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ホームページ制作")), qPrintable(text));

        // And the hub has it as sent.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote.id), m_token)
                .json()
                .value("quote")["status"]
                .toString(),
            QStringLiteral("sent"), 10000);
    }

private:
    bool conversationArrived()
    {
        const QList<Record> leads = RecordReads(m_mirror.database()).recordsOf(Module::Leads);
        if (leads.isEmpty())
            return false;
        QString error;
        QSqlQuery q(m_mirror.database());
        if (!q.exec(QStringLiteral("SELECT id FROM conversations ORDER BY id DESC LIMIT 1")) ||
            !q.next())
            return false;
        return fetchConversation(m_mirror.database(), q.value(0).toLongLong(), &m_conversation,
                                 &error) &&
               m_conversation.recordId > 0;
    }

    QJsonObject sentDocument()
    {
        for (const QJsonValue &message : m_sim.sent(customer)) {
            if (message["type"].toString() == QLatin1String("document"))
                return message.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    HubProcess m_hub;
    SimProcess m_sim;
    HubClient m_client;
    SyncController m_sync;
    Mirror m_mirror;
    QString m_mirrorPath;
    QString m_token;
    Conversation m_conversation;
    Quote m_quote;
};

QTEST_MAIN(QuotesTest)
#include "tst_quotes.moc"
