// The account's template limit, which statuses may be edited, submitted or sent, and the
// English text of every rule code.
#include "templaterulesfixtures.h"

using namespace parley;
using namespace parley::testing;

class TemplateRulesLimitsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void countTowardLimit()
    {
        QVERIFY(!countsTowardTemplateLimit(TemplateStatus::Draft));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Pending));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Approved));
        QVERIFY(countsTowardTemplateLimit(TemplateStatus::Rejected));
        const QList<MessageTemplate> templates{
            withStatus(TemplateStatus::Draft), withStatus(TemplateStatus::Pending),
            withStatus(TemplateStatus::Approved), withStatus(TemplateStatus::Rejected),
            withStatus(TemplateStatus::Draft)};
        QCOMPARE(countTemplatesTowardLimit(templates), 3);
        QCOMPARE(countTemplatesTowardLimit({}), 0);
    }

    void limit_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("none") << 0 << true;
        QTest::newRow("199 existing") << 199 << true;
        QTest::newRow("200 existing") << 200 << false;
        QTest::newRow("201 existing") << 201 << false;
    }

    void limit()
    {
        QFETCH(int, existing);
        QFETCH(bool, allowed);
        const RuleErrors errors = checkTemplateLimit(existing);
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(errors.first().code, QStringLiteral("template_limit_reached"));
            QCOMPARE(errors.first().message(),
                     QStringLiteral("The account already has %1 templates (pending, approved or "
                                    "rejected); the limit is 200. Delete one before submitting "
                                    "another.")
                         .arg(existing));
        }
    }

    void editable_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("draft") << TemplateStatus::Draft << QStringList();
        QTest::newRow("rejected") << TemplateStatus::Rejected << QStringList();
        QTest::newRow("pending") << TemplateStatus::Pending
                                 << QStringList{QStringLiteral("template_locked_pending")};
        QTest::newRow("approved") << TemplateStatus::Approved
                                  << QStringList{QStringLiteral("template_locked_approved")};
    }

    void editable()
    {
        QFETCH(TemplateStatus, status);
        QTEST(codesOf(checkTemplateEditable(status)), "codes");
    }

    void submission_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<int>("existing");
        QTest::addColumn<QStringList>("codes");
        const QStringList limit{QStringLiteral("template_limit_reached")};
        QTest::newRow("new, 199 existing") << TemplateStatus::Draft << 199 << QStringList();
        QTest::newRow("new, 200 existing") << TemplateStatus::Draft << 200 << limit;
        QTest::newRow("rejected resubmitted at 200: already counted")
            << TemplateStatus::Rejected << 200 << QStringList();
        QTest::newRow("pending") << TemplateStatus::Pending << 10
                                 << QStringList{QStringLiteral("template_locked_pending")};
        QTest::newRow("approved") << TemplateStatus::Approved << 200
                                  << QStringList{QStringLiteral("template_locked_approved")};
    }

    void submission()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(int, existing);
        QTEST(codesOf(checkTemplateSubmission(withStatus(status), existing)), "codes");
    }

    void submissionReportsContentAndLimitTogether()
    {
        MessageTemplate t = withBody(QString(901, QLatin1Char('a')));
        t.name = QStringLiteral("Bad Name");
        QCOMPARE(codesOf(checkTemplateSubmission(t, 200)),
                 (QStringList{QStringLiteral("template_name_invalid"),
                              QStringLiteral("template_body_too_long"),
                              QStringLiteral("template_limit_reached")}));
    }

    void sendable_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<bool>("sendable");
        QTest::newRow("approved") << TemplateStatus::Approved << true;
        QTest::newRow("draft") << TemplateStatus::Draft << false;
        QTest::newRow("pending") << TemplateStatus::Pending << false;
        QTest::newRow("rejected") << TemplateStatus::Rejected << false;
    }

    void sendable()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(bool, sendable);
        const RuleErrors errors = checkTemplateSendable(withStatus(status));
        QCOMPARE(errors.isEmpty(), sendable);
        if (!sendable) {
            QCOMPARE(errors.first().code, QStringLiteral("template_not_approved"));
            QCOMPARE(errors.first().args.value(QStringLiteral("status")).toString(),
                     templateStatusName(status));
            QCOMPARE(errors.first().message(),
                     QStringLiteral("The template order_update is not approved by WhatsApp, so it "
                                    "cannot be sent."));
        }
    }

    // Every code the three rule areas produce has English text with its placeholders filled, and
    // no code is defined twice.
    void everyCodeHasEnglishText_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList codes{QStringLiteral("template_name_missing"),
                                QStringLiteral("template_name_too_long"),
                                QStringLiteral("template_name_invalid"),
                                QStringLiteral("template_language_missing"),
                                QStringLiteral("template_category_invalid"),
                                QStringLiteral("template_body_missing"),
                                QStringLiteral("template_body_braces"),
                                QStringLiteral("template_body_too_long"),
                                QStringLiteral("template_too_many_fields"),
                                QStringLiteral("template_field_unknown"),
                                QStringLiteral("template_fields_adjacent"),
                                QStringLiteral("template_field_at_edge"),
                                QStringLiteral("template_limit_reached"),
                                QStringLiteral("template_locked_pending"),
                                QStringLiteral("template_locked_approved"),
                                QStringLiteral("template_not_approved"),
                                QStringLiteral("merge_field_unknown"),
                                QStringLiteral("merge_field_no_record"),
                                QStringLiteral("merge_field_empty"),
                                QStringLiteral("window_closed"),
                                QStringLiteral("window_never_opened")};
        for (const QString &code : codes)
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyCodeHasEnglishText()
    {
        QFETCH(QString, code);
        const QVariantMap args{{QStringLiteral("name"), QStringLiteral("order_update")},
                               {QStringLiteral("status"), QStringLiteral("PENDING")},
                               {QStringLiteral("length"), 901},
                               {QStringLiteral("max"), 900},
                               {QStringLiteral("count"), 11},
                               {QStringLiteral("field"), QStringLiteral("$[Leads.City]")},
                               {QStringLiteral("module"), QStringLiteral("Leads")},
                               {QStringLiteral("first"), QStringLiteral("$[Leads.City]")},
                               {QStringLiteral("second"), QStringLiteral("$[Leads.Email]")},
                               {QStringLiteral("closedAgo"), QStringLiteral("2 h")}};
        const QString message = RuleError{code, args}.message();
        QVERIFY2(message != code, qPrintable(code));
        QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("\\{[A-Za-z]+\\}"))),
                 qPrintable(message));
    }

    void tablesCoverTheCodesExactly()
    {
        QSet<QString> seen;
        int total = 0;
        for (const RuleMessageTable &table :
             {templateRuleMessages(), mergeFieldRuleMessages(), windowRuleMessages()}) {
            for (int i = 0; i < table.count; ++i) {
                const QString code = QString::fromLatin1(table.entries[i].code);
                QVERIFY2(!seen.contains(code), qPrintable(code));
                seen.insert(code);
                ++total;
            }
        }
        QCOMPARE(total, 21); // the 21 rows of everyCodeHasEnglishText_data
    }
};

QTEST_GUILESS_MAIN(TemplateRulesLimitsTest)
#include "tst_templateruleslimits.moc"
