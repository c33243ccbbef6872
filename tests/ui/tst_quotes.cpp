// R4.7 quotes on the desktop against the real hub and simulator: a quote made in the editor
// (totals from core/rules as the agent types), seen on the record, attached from the composer
// ("Attach quote…": an existing quote of the record, or one made there and then), rendered to
// PDF and sent through the outbox as a WhatsApp document, which the simulator received as a PDF
// named after the quote and holding its number; the hub has the quote as sent.
// With PARLEY_SCREENSHOT_DIR set: quote-editor, quote-attach and quote-sent (the chat with the
// quote's PDF) in PARLEY_SCREENSHOT_LANG.
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/mirror/recordreads.h"
#include "hubprocess.h"
#include "screenshots.h"
#include "simprocess.h"
#include "ui/admin/creditformat.h"
#include "ui/conversation/attachmentsender.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/quotes/quoteattachdialog.h"
#include "ui/quotes/quoteeditor.h"
#include "ui/quotes/quotepdf.h"
#include "ui/quotes/recordquotes.h"
#include "ui/records/recorddetail.h"
#include "ui/records/recordswindow.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString customer = QStringLiteral("5511987650777");

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QVERIFY(table->item(row, column));
    table->item(row, column)->setText(text);
}

} // namespace

class QuotesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        const QString lang = screenshotLanguage();
        QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QStringLiteral("en_US"))
                                                        : QLocale(lang));
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
        editor.title()->setText(QStringLiteral("ウェブサイト改修"));
        editor.currency()->setCurrentText(QStringLiteral("JPY"));
        QTableWidget *items = editor.items();
        setCell(items, 0, 0, QStringLiteral("ホームページ制作"));
        setCell(items, 0, 1, QStringLiteral("2"));
        setCell(items, 0, 2, QStringLiteral("150000"));
        setCell(items, 0, 3, QStringLiteral("10"));
        setCell(items, 0, 4, QStringLiteral("10"));
        // The line's amount is the rules': 300,000 − 10 % + 10 % tax.
        QCOMPARE(items->item(0, 5)->text(), moneyDisplay(297000, QStringLiteral("JPY")));
        QVERIFY(!(items->item(0, 5)->flags() & Qt::ItemIsEditable));
        editor.addLine();
        setCell(items, 1, 0, QStringLiteral("Hosting (12 months)"));
        setCell(items, 1, 2, QStringLiteral("12000"));
        editor.notes()->setPlainText(QStringLiteral("前払い50%、残りは納品時。"));
        // 300,000 − 30,000 + 27,000 + 12,000, live as typed.
        QVERIFY2(editor.totals()->text().contains(moneyDisplay(309000, QStringLiteral("JPY"))),
                 qPrintable(editor.totals()->text()));
        QVERIFY(save->isEnabled());
        QVERIFY(editor.problem()->text().isEmpty());
        QVERIFY(saveScreenshot(&editor, QStringLiteral("quote-editor")));

        // A quantity the rules refuse: Save goes off, with their reason.
        setCell(items, 1, 1, QStringLiteral("0"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!editor.problem()->text().isEmpty());
        setCell(items, 1, 1, QStringLiteral("1"));
        QVERIFY(save->isEnabled());

        QSignalSpy saved(&editor, &QuoteEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        m_quote = saved.first().first().value<Quote>();
        QVERIFY(m_quote.number.startsWith(QStringLiteral("Q-")));
        QCOMPARE(m_quote.status, QuoteStatus::Draft);
        QCOMPARE(m_quote.content.items.size(), 2);
        QCOMPARE(m_quote.content.items.at(0).discountBasisPoints, 1000);
        // The hub's own figures are the editor's.
        const QJsonObject stored =
            m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote.id), m_token).json();
        QCOMPARE(
            stored.value(QStringLiteral("quote"))[QStringLiteral("totals")][QStringLiteral("total")]
                .toInteger(),
            qint64(309000));
    }

    void seenOnTheRecord()
    {
        RecordQuotes quotes(&m_client);
        QSignalSpy loaded(&quotes, &RecordQuotes::loaded);
        quotes.showRecord(m_conversation.recordId, Module::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(quotes.list()->count(), 1);
        const QString row = quotes.list()->item(0)->text();
        QVERIFY2(row.contains(m_quote.number), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("ウェブサイト改修")), qPrintable(row));
        QVERIFY2(row.contains(moneyDisplay(309000, QStringLiteral("JPY"))), qPrintable(row));
        quotes.list()->setCurrentRow(0);
        QVERIFY(quotes.editQuote()->isEnabled()); // a draft
        // Companies have no quotes: the section hides.
        quotes.showRecord(m_conversation.recordId, Module::Companies);
        QVERIFY(quotes.isHidden());
    }

    void seenInTheRecordsBrowser()
    {
        Agent ana;
        ana.id = 1;
        ana.login = QStringLiteral("ana");
        ana.name = QStringLiteral("Ana");
        ana.role = Role::Admin;
        RecordsWindow window(m_mirror.database(), &m_client, ana);
        RecordQuotes *quotes = window.detail()->quotes();
        QVERIFY(quotes);
        QSignalSpy loaded(quotes, &RecordQuotes::loaded);
        window.openRecord(m_conversation.recordId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(!quotes->isHidden());
        QCOMPARE(quotes->list()->count(), 1);
        QVERIFY(quotes->list()->item(0)->text().contains(m_quote.number));
    }

    void theComposerOffersQuotes()
    {
        Composer composer;
        composer.setMode(Composer::Mode::Reply);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy asked(&composer, &Composer::quoteRequested);
        auto *button = composer.findChild<QToolButton *>(QStringLiteral("attachQuote"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
    }

    void anExistingQuoteReachesTheCustomer()
    {
        AttachmentSender sender(&m_sync);
        QuoteAttachDialog dialog(m_mirror.database(), &m_client, &sender, m_conversation);
        QSignalSpy loaded(&dialog, &QuoteAttachDialog::loaded);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.quotes().first().id, m_quote.id);
        QCOMPARE(dialog.list()->currentRow(), 0);
        QVERIFY(dialog.newQuote()->isEnabled());
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("quote-attach")));
        QSignalSpy sent(&dialog, &QuoteAttachDialog::sent);
        dialog.accept();
        QVERIFY2(dialog.problem()->text().isEmpty(), qPrintable(dialog.problem()->text()));
        QVERIFY(dialog.isHidden());

        customerGotThePdfOf(m_quote, QStringLiteral("ホームページ制作"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(sent.first().first().value<Quote>().status, QuoteStatus::Sent);
        QCOMPARE(hubStatusOf(m_quote.id), QStringLiteral("sent"));

        // The chat shows the document it sent.
        QTRY_VERIFY_WITH_TIMEOUT(documentsInTheMirror() == 1, 15000);
        QString error;
        QVERIFY(fetchConversation(m_mirror.database(), m_conversation.id, &m_conversation, &error));
        ConversationPane pane(m_mirror.database());
        pane.resize(720, 560);
        pane.showConversation(m_conversation);
        QVERIFY(saveScreenshot(&pane, QStringLiteral("quote-sent")));
    }

    void aQuoteMadeInTheComposerReachesTheCustomer()
    {
        AttachmentSender sender(&m_sync);
        QuoteAttachDialog dialog(m_mirror.database(), &m_client, &sender, m_conversation);
        QSignalSpy loaded(&dialog, &QuoteAttachDialog::loaded);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QTest::mouseClick(dialog.newQuote(), Qt::LeftButton);
        auto *editor = dialog.findChild<QuoteEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        editor->title()->setText(QStringLiteral("Suporte mensal"));
        editor->currency()->setCurrentText(QStringLiteral("BRL"));
        setCell(editor->items(), 0, 0, QStringLiteral("Suporte técnico"));
        setCell(editor->items(), 0, 2,
                QLocale().toString(450.5, 'f', 2)); // as the agent's locale writes it
        QSignalSpy saved(editor, &QuoteEditor::saved);
        editor->accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const Quote made = saved.first().first().value<Quote>();
        QCOMPARE(made.content.items.first().unitPriceMinor, qint64(45050));
        // Read again with the new quote chosen, newest first.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.quotes().at(dialog.list()->currentRow()).id, made.id);
        dialog.accept();
        QVERIFY2(dialog.problem()->text().isEmpty(), qPrintable(dialog.problem()->text()));

        customerGotThePdfOf(made, QStringLiteral("Suportetécnico"));
        QTRY_COMPARE_WITH_TIMEOUT(hubStatusOf(made.id), QStringLiteral("sent"), 10000);
    }

    void viewOnlyAgentsCannotSend()
    {
        AttachmentSender sender(nullptr);
        QuoteAttachDialog dialog(m_mirror.database(), nullptr, &sender, m_conversation);
        dialog.show();
        QVERIFY(!dialog.newQuote()->isEnabled());
    }

private:
    // The simulator got a document named after `quote`, whose bytes are a PDF with its number
    // and `item` in the text.
    void customerGotThePdfOf(const Quote &quote, const QString &item)
    {
        const QString name = quotePdfFileName(quote);
        QJsonObject document;
        QTRY_VERIFY_WITH_TIMEOUT(!(document = sentDocument(name)).isEmpty(), 20000);
        const QJsonObject media = document.value(QStringLiteral("media")).toObject();
        QVERIFY(name.endsWith(QStringLiteral("%1.pdf").arg(quote.number)));
        const HttpReply info =
            m_sim.graph("GET", QLatin1Char('/') + media.value(QStringLiteral("id")).toString());
        QCOMPARE(info.status, 200);
        HttpReply file =
            httpCall("GET", QUrl(info.json().value(QStringLiteral("url")).toString()), {},
                     {{"Authorization", "Bearer " + m_sim.identity().accessToken.toUtf8()}});
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("%PDF-"));
        QBuffer buffer(&file.body);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QPdfDocument pdf;
        pdf.load(&buffer);
        QTRY_COMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(quote.number), qPrintable(text));
        QVERIFY2(text.contains(item), qPrintable(text));
    }

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

    QJsonObject sentDocument(const QString &filename)
    {
        for (const QJsonValue &message : m_sim.sent(customer)) {
            const QJsonObject sent = message.toObject();
            if (sent.value(QStringLiteral("type")).toString() == QLatin1String("document") &&
                sent.value(QStringLiteral("media"))[QStringLiteral("filename")].toString() ==
                    filename)
                return sent;
        }
        return {};
    }

    QString hubStatusOf(Id quoteId)
    {
        return m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(quoteId), m_token)
            .json()
            .value(QStringLiteral("quote"))[QStringLiteral("status")]
            .toString();
    }

    int documentsInTheMirror()
    {
        QSqlQuery q(m_mirror.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND "
                                 "kind = 'document' AND media_name LIKE '%.pdf'"));
        q.addBindValue(m_conversation.id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QTranslator m_translator;
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
