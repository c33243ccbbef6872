// R4.7 quotes of leads, contacts and deals against the real hub, from outside: created with
// the next team number, totals as the hub computes them (core/rules/quoterules.h), every limit
// refused with its code before anything is stored, the record's scope, and updates while a
// draft and status changes after. Runs on SQLite and PostgreSQL (hubpg.tst_hubquotes).
#include "apierror.h"
#include "customerwrites.h"
#include "hubprocess.h"
#include "teamsetup.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("quotes-secret");

QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QJsonObject line(const QString &description, double quantity, qint64 unitPrice, double discount = 0,
                 double tax = 0)
{
    return {{"description", description},
            {"quantity", quantity},
            {"unit_price", unitPrice},
            {"discount_percent", discount},
            {"tax_percent", tax}};
}

QJsonObject quoteBody(const QJsonArray &items, const QString &currency = QStringLiteral("USD"))
{
    return {{"title", "Website redesign"},
            {"currency", currency},
            {"valid_until", inDays(30)},
            {"notes", "50% upfront."},
            {"items", items}};
}

} // namespace

class HubQuotesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char *login : {"sal", "sup"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                               QStringLiteral("vi-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        QHash<QString, Id> ids;
        QVERIFY(setUpDepartments(m_hub, m_admin,
                                 {{"sal", "Sales"}, {"sup", "Support"}, {"vi", "Sales"}}, &ids));
        const Id channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1").arg(channel),
                           {{"department", "Sales"}}, m_admin)
                     .status,
                 200);
        m_sal = m_hub.login(QStringLiteral("sal"), QStringLiteral("sal-password"));
        m_sup = m_hub.login(QStringLiteral("sup"), QStringLiteral("sup-password"));
        m_viewer = m_hub.login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        QVERIFY(!m_sal.isEmpty() && !m_sup.isEmpty() && !m_viewer.isEmpty());
        // A lead made by a customer writing to the Sales number: Sales sees it, Support not.
        const Id conversation = customerWrites(
            m_hub, appSecret, m_admin,
            CustomerMessage(QStringLiteral("5511987650401"), QStringLiteral("Quanto custa?")));
        QVERIFY(conversation > 0);
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversation)
                m_lead = event["data"]["record_id"].toInteger();
        }
        QVERIFY(m_lead > 0);
    }

    void createNumbersAndTotals()
    {
        const QJsonArray items{line("Design", 2, 150000, 10, 20),      // 3000.00 −300 +540
                               line("ホームページ制作", 1.5, 33, 7.5), // 0.495→0.50, −0.04
                               line("Hosting", 12, 1999)};             // 239.88
        const HttpReply made = m_hub.post(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                                          quoteBody(items), m_sal);
        QCOMPARE(made.status, 201);
        const QJsonObject quote = made.json().value("quote").toObject();
        m_quote = quote["id"].toInteger();
        QVERIFY(m_quote > 0);
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(quote["number"].toString(), QStringLiteral("Q-%1-0001").arg(year));
        QCOMPARE(quote["record_id"].toInteger(), m_lead);
        QCOMPARE(quote["module"].toString(), QStringLiteral("Leads"));
        QCOMPARE(quote["status"].toString(), QStringLiteral("draft"));
        QCOMPARE(quote["issued_on"].toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(quote["items"].toArray().size(), 3);
        QCOMPARE(quote["items"].toArray().at(1)["description"].toString(),
                 QStringLiteral("ホームページ制作"));
        const QJsonObject totals = quote["totals"].toObject();
        QCOMPARE(totals["subtotal"].toInteger(), 300000 + 50 + 23988);
        QCOMPARE(totals["discount"].toInteger(), 30000 + 4);
        QCOMPARE(totals["tax"].toInteger(), 54000);
        QCOMPARE(totals["total"].toInteger(), 324000 + 46 + 23988);
        QCOMPARE(quote["items"].toArray().at(0)["line_total"].toInteger(), 324000);

        // The next one takes the next number; the record lists both, newest first.
        const HttpReply second =
            m_hub.post(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                       quoteBody({line("Logo", 1, 5000)}, QStringLiteral("JPY")), m_admin);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json().value("quote")["number"].toString(),
                 QStringLiteral("Q-%1-0002").arg(year));
        const QJsonArray listed =
            m_hub.getList(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                          QStringLiteral("quotes"), m_sal);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0)["number"].toString(), QStringLiteral("Q-%1-0002").arg(year));
        QCOMPARE(listed.at(1)["id"].toInteger(), m_quote);
        // Read back alone, as stored.
        const HttpReply read = m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote), m_sal);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value("quote")["totals"]["total"].toInteger(), 324000 + 46 + 23988);
        QCOMPARE(read.json().value("quote")["notes"].toString(), QStringLiteral("50% upfront."));
    }

    void refusesWhatBreaksTheRules()
    {
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(line("x", 1, 1));
        QJsonObject pastValidity = quoteBody({line("x", 1, 1)});
        pastValidity.insert("valid_until", inDays(-1));
        QJsonObject badCurrency = quoteBody({line("x", 1, 1)});
        badCurrency.insert("currency", "XYZ");
        QJsonObject noTitle = quoteBody({line("x", 1, 1)});
        noTitle.insert("title", "   ");
        QJsonObject badDate = quoteBody({line("x", 1, 1)});
        badDate.insert("valid_until", "31/12/2030");
        QJsonObject stringPrice = quoteBody({line("x", 1, 1)});
        stringPrice.insert("items",
                           QJsonArray{QJsonObject{
                               {"description", "x"}, {"quantity", 1}, {"unit_price", "12.00"}}});
        const QList<std::pair<QJsonObject, QString>> cases{
            {quoteBody({}), "quote_items_count"},
            {quoteBody(tooMany), "quote_items_count"},
            {quoteBody({line(QString(201, QLatin1Char('d')), 1, 1)}),
             "quote_item_description_invalid"},
            {quoteBody({line("x", 0, 1)}), "quote_item_quantity_invalid"},
            {quoteBody({line("x", 1000001, 1)}), "quote_item_quantity_invalid"},
            {quoteBody({line("x", 1, -1)}), "quote_item_price_invalid"},
            {quoteBody({line("x", 1, 10000000001)}), "quote_item_price_invalid"},
            {quoteBody({line("x", 1, 1, 101)}), "quote_item_percent_invalid"},
            {quoteBody({line("x", 1, 1, 0, -5)}), "quote_item_percent_invalid"},
            {quoteBody({line("x", 1.0001, 1)}), "bad_request"},
            {pastValidity, "quote_validity_invalid"},
            {badCurrency, "quote_currency_unknown"},
            {noTitle, "quote_title_invalid"},
            {badDate, "bad_request"},
            {stringPrice, "bad_request"},
        };
        for (const auto &[body, code] : cases) {
            const HttpReply reply =
                m_hub.post(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead), body, m_sal);
            QCOMPARE(reply.status, 400);
            QCOMPARE(errorCode(reply), code);
        }
        // A line's problem names the line, among every problem of the body.
        const HttpReply several =
            m_hub.post(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                       quoteBody({line("ok", 1, 1), line("x", 1, -1), line("", 1, 1)}), m_sal);
        QCOMPARE(several.status, 400);
        const QJsonArray errors = several.json().value("error")["errors"].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)["code"].toString(), QStringLiteral("quote_item_price_invalid"));
        QCOMPARE(errors.at(0)["item"].toInt(), 2);
        QCOMPARE(errors.at(1)["item"].toInt(), 3);
        // A body that is not JSON.
        QCOMPARE(httpCall("POST",
                          m_hub.url(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead)),
                          "{not json", {{"Authorization", "Bearer " + m_sal.toUtf8()}})
                     .status,
                 400);
        // Companies have no quotes.
        const HttpReply company = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Companies"}, {"fields", QJsonObject{{"Company Name", "Acme"}}}}, m_sal);
        QCOMPARE(company.status, 201);
        const HttpReply onCompany =
            m_hub.post(QStringLiteral("/api/v1/records/%1/quotes")
                           .arg(company.json().value("record")["id"].toInteger()),
                       quoteBody({line("x", 1, 1)}), m_sal);
        QCOMPARE(onCompany.status, 400);
        QCOMPARE(errorCode(onCompany), QStringLiteral("quote_module_invalid"));
        // Nothing refused was stored.
        QCOMPARE(m_hub
                     .getList(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                              QStringLiteral("quotes"), m_sal)
                     .size(),
                 2);
    }

    void scopeIsTheRecords()
    {
        // Support sees neither the lead nor its quotes: both answer as nonexistent.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead), m_sup).status,
                 404);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote), m_sup).status, 404);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1/quotes").arg(m_lead),
                           quoteBody({line("x", 1, 1)}), m_sup)
                     .status,
                 404);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/quotes/%1").arg(m_quote), {{"title", "Mine"}}, m_sup)
                .status,
            404);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/quotes/999999"), m_sal).status, 404);
        // A viewer of Sales reads but never changes.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote), m_viewer).status, 200);
        const HttpReply viewerChange = m_hub.post(QStringLiteral("/api/v1/quotes/%1").arg(m_quote),
                                                  {{"title", "Mine"}}, m_viewer);
        QCOMPARE(viewerChange.status, 403);
        QCOMPARE(errorCode(viewerChange), QStringLiteral("forbidden_view_only"));
        // Unauthenticated: 401.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/quotes/%1").arg(m_quote)).status, 401);
    }

    void updateWhileDraftThenStatus()
    {
        const QString path = QStringLiteral("/api/v1/quotes/%1").arg(m_quote);
        HttpReply changed = m_hub.post(
            path,
            {{"title", "Website redesign v2"}, {"items", QJsonArray{line("Design", 3, 100000)}}},
            m_sal);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("quote")["title"].toString(),
                 QStringLiteral("Website redesign v2"));
        QCOMPARE(changed.json().value("quote")["totals"]["total"].toInteger(), 300000);
        QCOMPARE(changed.json().value("quote")["currency"].toString(),
                 QStringLiteral("USD")); // kept
        // An update is checked as a new quote is.
        const HttpReply bad = m_hub.post(path, {{"currency", "ABC"}}, m_sal);
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorCode(bad), QStringLiteral("quote_currency_unknown"));
        QCOMPARE(m_hub.post(path, {}, m_sal).status, 400);
        QCOMPARE(errorCode(m_hub.post(path, {{"status", "accepted"}}, m_sal)),
                 QStringLiteral("quote_status_change_invalid"));

        // Sent: its content is fixed, its status moves on.
        changed = m_hub.post(path, {{"status", "sent"}}, m_sal);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("quote")["status"].toString(), QStringLiteral("sent"));
        QVERIFY(!changed.json().value("quote")["sent_at"].toString().isEmpty());
        const HttpReply fixed = m_hub.post(path, {{"notes", "later"}}, m_sal);
        QCOMPARE(fixed.status, 409);
        QCOMPARE(errorCode(fixed), QStringLiteral("quote_not_draft"));
        QCOMPARE(m_hub.post(path, {{"status", "sent"}}, m_sal).status, 200); // sent once more
        QCOMPARE(errorCode(m_hub.post(path, {{"status", "draft"}}, m_sal)),
                 QStringLiteral("quote_status_change_invalid"));
        changed = m_hub.post(path, {{"status", "accepted"}}, m_admin);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("quote")["status"].toString(), QStringLiteral("accepted"));
        QCOMPARE(m_hub.get(path, m_sal).json().value("quote")["status"].toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(m_hub.get(path, m_sal).json().value("quote")["notes"].toString(),
                 QStringLiteral("50% upfront."));
    }

private:
    HubProcess m_hub;
    QString m_admin;
    QString m_sal;
    QString m_sup;
    QString m_viewer;
    Id m_lead = 0;
    Id m_quote = 0;
};

QTEST_GUILESS_MAIN(HubQuotesTest)
#include "tst_hubquotes.moc"
