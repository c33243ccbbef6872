// The translations are complete: every tr() string of the desktop (core/, ui/, the desktop's
// main) has a finished pt_BR, zh_CN and ja entry that keeps the source's placeholders. lupdate
// runs on a scratch copy, so a string added to the code without a translation fails here.
// That they say the product's terms the glossary's way is tst_glossary's.
#include "tsfile.h"

#include <QDebug>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace parley::testing;

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    return found;
}

int pluralForms(const QString &language)
{
    return language == QLatin1String("pt_BR") ? 2 : 1;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void noStringIsMissing_data() { everyEntryIsFinished_data(); }
    void noStringIsMissing();
    void japaneseHasNoSpaceBesideKana();
    void englishHasEveryPluralForm();
};

void TranslationsTest::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"pt_BR", "zh_CN", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TranslationsTest::everyEntryIsFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<Entry> entries = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (!e.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + e.type;
            continue;
        }
        if (e.numerus && e.forms.size() != pluralForms(language))
            problems << where + QStringLiteral(" has %1 plural forms").arg(e.forms.size());
        for (const QString &form : e.forms) {
            if (form.trimmed().isEmpty())
                problems << where + QStringLiteral(" is empty");
            else if (placeholders(form) != placeholders(e.source) &&
                     !(e.numerus && e.forms.size() == 1 &&
                       placeholders(form) + QSet<QString>{QStringLiteral("%n")} ==
                           placeholders(e.source)))
                problems << where + QStringLiteral(" changes the placeholders: ") + form;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::noStringIsMissing()
{
    QFETCH(QString, language);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString source =
        QStringLiteral(PARLEY_SOURCE_DIR "/translations/parley_%1.ts").arg(language);
    const QString copy = scratch.filePath(QStringLiteral("parley_%1.ts").arg(language));
    QVERIFY(QFile::copy(source, copy));
    // The same sources and options as qt_add_translations in ui/CMakeLists.txt.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(
        QStringLiteral(PARLEY_LUPDATE),
        {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
         QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"),
         QStringLiteral(PARLEY_SOURCE_DIR), QStringLiteral(PARLEY_SOURCE_DIR "/core"),
         QStringLiteral(PARLEY_SOURCE_DIR "/ui"),
         QStringLiteral(PARLEY_SOURCE_DIR "/app/desktop_main.cpp"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Entry &e : entries) {
        if (e.type == QLatin1String("unfinished"))
            missing << e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not translated yet (run the update_translations target "
                                       "and translate):\n") +
                        missing.join(QLatin1Char('\n'))));
    // Nothing stale either: the committed file has exactly the code's strings.
    QString committedError;
    QCOMPARE(readTs(source, &committedError).size(), entries.size());
    Q_UNUSED(output);
}

void TranslationsTest::japaneseHasNoSpaceBesideKana()
{
    // Japanese sets Latin words and placeholders right against kana and kanji
    // ("%1を削除", "Parleyは"), as almost every entry does.
    static const QRegularExpression spaced(QStringLiteral(
        R"([A-Za-z0-9}] [\x{3040}-\x{30FF}\x{4E00}-\x{9FFF}]|[\x{3040}-\x{30FF}\x{4E00}-\x{9FFF}] [A-Za-z%{])"));
    QString error;
    const QList<Entry> entries = readTs(tsPath(QStringLiteral("ja")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Entry &e : entries)
        for (const QString &form : e.forms)
            if (spaced.match(form).hasMatch())
                problems << e.source + QStringLiteral(" → ") + form;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// English needs no translation but its plurals: "%n ticket(s)" must read "1 ticket" and
// "5 tickets". parley_en.ts holds the numerus entries only (lupdate -pluralonly), each with its
// two English forms; a new %n string in the code shows up here as unfinished.
void TranslationsTest::englishHasEveryPluralForm()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("parley_en.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("en")), copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(
        QStringLiteral(PARLEY_LUPDATE),
        {QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"),
         QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
         QStringLiteral("cpp,h"), QStringLiteral("-I"), QStringLiteral(PARLEY_SOURCE_DIR),
         QStringLiteral(PARLEY_SOURCE_DIR "/core"), QStringLiteral(PARLEY_SOURCE_DIR "/ui"),
         QStringLiteral(PARLEY_SOURCE_DIR "/app/desktop_main.cpp"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() >= 20);
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (!e.numerus)
            problems << where + QStringLiteral(" is not a plural");
        else if (!e.type.isEmpty())
            problems << where + QStringLiteral(" is ") + e.type;
        else if (e.forms.size() != 2 || e.forms.at(0).trimmed().isEmpty() ||
                 e.forms.at(1).trimmed().isEmpty())
            problems << where + QStringLiteral(" needs its singular and plural");
        else if (e.forms.at(1).contains(QLatin1String("(s)")) ||
                 e.forms.at(0).contains(QLatin1String("(s)")))
            problems << where + QStringLiteral(" still says (s)");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QString committedError;
    QCOMPARE(readTs(tsPath(QStringLiteral("en")), &committedError).size(), entries.size());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
