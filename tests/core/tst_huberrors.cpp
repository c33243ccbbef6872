// The one table of hub error texts (core/sync/huberror.h): every code the hub can answer has
// the desktop's own words, and a code's words fit what the agent was doing.

#include "core/sync/failedsendtext.h"
#include "core/sync/huberror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace parley;

namespace {

QString sourceDir()
{
    return QDir(QStringLiteral(PARLEY_FIXTURES_DIR "/../..")).absolutePath();
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestHubErrors : public QObject {
    Q_OBJECT
private slots:
    // docs/api.md lists each route's codes as table rows (| 404 | `not_found` |) and in prose
    // (`400 bad_request`).
    void everyDocumentedCodeHasText()
    {
        const QString api = readAll(sourceDir() + QStringLiteral("/docs/api.md"));
        QVERIFY(!api.isEmpty());
        QSet<QString> codes;
        static const QRegularExpression row(QStringLiteral("^\\| [45][0-9]{2} \\| `([a-z0-9_]+)`"),
                                            QRegularExpression::MultilineOption);
        static const QRegularExpression prose(QStringLiteral("`[45][0-9]{2} ([a-z0-9_]+)`"));
        for (const auto &pattern : {row, prose}) {
            for (auto it = pattern.globalMatch(api); it.hasNext();)
                codes.insert(it.next().captured(1));
        }
        QVERIFY2(codes.size() > 50, qPrintable(QString::number(codes.size())));
        QStringList missing;
        for (const QString &code : std::as_const(codes)) {
            if (!hubErrorHasText(code))
                missing.append(code);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }

    // What the hub's code answers with: every failure(4xx/5xx, "code") and error response.
    void everyCodeTheHubAnswersHasText()
    {
        QSet<QString> codes;
        static const QRegularExpression failure(
            QStringLiteral("\\b[45][0-9]{2},\\s*QStringLiteral\\(\"([a-z0-9_]+)\"\\)"));
        QDirIterator files(sourceDir() + QStringLiteral("/hub"), {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString text = readAll(files.next());
            for (auto it = failure.globalMatch(text); it.hasNext();)
                codes.insert(it.next().captured(1));
        }
        QVERIFY2(codes.size() > 40, qPrintable(QString::number(codes.size())));
        QStringList missing;
        for (const QString &code : std::as_const(codes)) {
            if (!hubErrorHasText(code))
                missing.append(code);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }

    void aCodeIsWordedForWhatTheAgentDid()
    {
        const QString send = hubErrorText(QStringLiteral("not_found"), {}, HubSubject::Send);
        const QString text =
            hubErrorText(QStringLiteral("not_found"), {}, HubSubject::PredefinedText);
        const QString change = hubErrorText(QStringLiteral("not_found"), {}, HubSubject::Change);
        QVERIFY(send != text && text != change && send != change);
        // A subject without its own row uses the change wording, not the send wording.
        QCOMPARE(hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Automation),
                 hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Change));
        QVERIFY(hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Send) !=
                hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Change));
        QCOMPARE((HubError{0, QStringLiteral("hub_unreachable"), {}, HubSubject::Record}.text()),
                 hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Record));
    }

    void aFailedSendShowsWhatsAppsOwnWordsAfterTheDesktopsText()
    {
        // WhatsApp's code is a number and the reason is WhatsApp's words (the hub writes Meta's
        // error_user_title / error_user_msg there): shown once, after the desktop's text.
        const QString reason =
            QStringLiteral("Recipient blocked: the number blocked this business.");
        const QString shown = failedSendText(QStringLiteral("131026"), reason);
        QVERIFY2(shown.startsWith(hubErrorText(QStringLiteral("131026"), reason, HubSubject::Send)),
                 qPrintable(shown));
        QCOMPARE(shown.count(reason), 1);
        // A code without the desktop's own text already shows the reason: not twice.
        QCOMPARE(failedSendText(QStringLiteral("999999"), reason).count(reason), 1);
        // The hub's own codes keep the desktop's words alone (their reason is the hub's English).
        QCOMPARE(failedSendText(QStringLiteral("window_closed"), reason),
                 hubErrorText(QStringLiteral("window_closed"), reason, HubSubject::Send));
    }

    void unknownCodesFallBackToTheHubsWords()
    {
        QVERIFY(!hubErrorHasText(QStringLiteral("brand_new")));
        QCOMPARE(hubErrorText(QStringLiteral("brand_new"), QStringLiteral("New.")),
                 QStringLiteral("New."));
        QVERIFY(hubErrorText(QStringLiteral("brand_new")).contains(QStringLiteral("brand_new")));
        // A text that quotes the hub's message fills it in.
        QVERIFY(hubErrorText(QStringLiteral("bad_request"), QStringLiteral("name: not a string"))
                    .endsWith(QStringLiteral("name: not a string")));
    }
};

QTEST_GUILESS_MAIN(TestHubErrors)
#include "tst_huberrors.moc"
