// The translations are complete: every tr() string of the desktop (core/, ui/, the desktop's
// main) has a finished pt_BR, zh_CN and ja entry that keeps the source's placeholders. lupdate
// runs on a scratch copy, so a string added to the code without a translation fails here.
// They are also consistent: every product term of translations/GLOSSARY.md is said the way the
// glossary says, everywhere (a reader who meets two words takes them for two things).
#include <QDebug>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Entry {
    QString context;
    QString source;
    QString type; // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms;
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context,
                          {},
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.forms << xml.readElementText();
            else
                entries << entry; // forms follow as numerusform children
            if (!entry.numerus)
                entries << entry;
        } else if (name == QLatin1String("numerusform")) {
            entries.last().forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

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

QString tsPath(const QString &language)
{
    return QStringLiteral(PARLEY_SOURCE_DIR "/translations/parley_%1.ts").arg(language);
}

// One row of the glossary: the English forms, and per language the accepted renderings and the
// renderings that must never stand for the term.
struct Term {
    QStringList english;
    QHash<QString, QStringList> accepted;
    QHash<QString, QStringList> never;
};

struct Glossary {
    QList<Term> terms;
    QSet<QString> exceptions; // term '\n' "context: source" '\n' language
    QString error;
};

QStringList listCell(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(QLatin1Char(';')))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

const QStringList glossaryLanguages{QStringLiteral("pt_BR"), QStringLiteral("zh_CN"),
                                    QStringLiteral("ja")};

// The Markdown tables of GLOSSARY.md: "| en | pt_BR | zh_CN | ja | never | source |" and
// "| term | string | languages | why |".
Glossary readGlossary(const QString &path)
{
    Glossary glossary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        glossary.error = path + QStringLiteral(": ") + file.errorString();
        return glossary;
    }
    enum { None, Terms, Exceptions } table = None;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            table = None;
            continue;
        }
        QStringList cells = line.mid(1, line.size() - (line.endsWith(QLatin1Char('|')) ? 2 : 1))
                                .split(QLatin1Char('|'));
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (cells.first() == QLatin1String("en")) {
            table = Terms;
            continue;
        }
        if (cells.first() == QLatin1String("term")) {
            table = Exceptions;
            continue;
        }
        if (cells.first().startsWith(QLatin1Char('-')))
            continue;
        if (table == Terms) {
            if (cells.size() < 5) {
                glossary.error =
                    QStringLiteral("a term row has %1 cells: ").arg(cells.size()) + line;
                return glossary;
            }
            Term term;
            term.english = listCell(cells.at(0));
            for (int i = 0; i < glossaryLanguages.size(); ++i)
                term.accepted.insert(glossaryLanguages.at(i), listCell(cells.at(1 + i)));
            for (const QString &never : listCell(cells.at(4))) {
                const QString language = never.section(QLatin1Char(' '), 0, 0);
                const QString text = never.section(QLatin1Char(' '), 1).trimmed();
                if (!glossaryLanguages.contains(language) || text.isEmpty()) {
                    glossary.error =
                        QStringLiteral("a \"never\" is not \"language text\": ") + never;
                    return glossary;
                }
                term.never[language] << text;
            }
            for (const QString &language : glossaryLanguages)
                if (term.english.isEmpty() || term.accepted.value(language).isEmpty()) {
                    glossary.error = QStringLiteral("a term lacks a rendering: ") + line;
                    return glossary;
                }
            glossary.terms << term;
        } else if (table == Exceptions && cells.size() >= 3) {
            for (const QString &language : listCell(cells.at(2)))
                glossary.exceptions.insert(cells.at(0) + QLatin1Char('\n') + cells.at(1) +
                                           QLatin1Char('\n') + language);
        }
    }
    return glossary;
}

// The glossary terms a source string uses, as indexes into glossary.terms. Placeholders, merge
// fields and addresses are not words of the text; longer forms are matched first and hide what
// they cover, so "IM credit" is not also a "credit".
QList<int> termsIn(const Glossary &glossary, const QString &source)
{
    static const QRegularExpression notWords(
        QStringLiteral(R"(%L?\d+|%n|\{\w+\}|\$\[[^\]]*\]|\w+://\S+)"));
    QString text = source;
    text.replace(notWords, QStringLiteral(" "));
    QList<std::pair<QString, int>> forms;
    for (int i = 0; i < glossary.terms.size(); ++i)
        for (const QString &form : glossary.terms.at(i).english)
            forms.append({form, i});
    std::stable_sort(forms.begin(), forms.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QList<int> found;
    for (const auto &[form, index] : forms) {
        const QRegularExpression word(QStringLiteral("(?<!\\w)") +
                                          QRegularExpression::escape(form) +
                                          QStringLiteral("(?!\\w)"),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        if (!word.match(text).hasMatch())
            continue;
        text.replace(word, QStringLiteral("\x01"));
        if (!found.contains(index))
            found << index;
    }
    return found;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void noStringIsMissing_data() { everyEntryIsFinished_data(); }
    void noStringIsMissing();
    void theGlossaryIsRead();
    void glossaryTermsAreUsedConsistently_data() { everyEntryIsFinished_data(); }
    void glossaryTermsAreUsedConsistently();
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

void TranslationsTest::theGlossaryIsRead()
{
    // Guards the check below against a glossary whose tables no longer parse into anything.
    const Glossary glossary =
        readGlossary(QStringLiteral(PARLEY_SOURCE_DIR "/translations/GLOSSARY.md"));
    QVERIFY2(glossary.error.isEmpty(), qPrintable(glossary.error));
    QVERIFY(glossary.terms.size() >= 40);
    QVERIFY(!glossary.exceptions.isEmpty());
    const QList<int> credit = termsIn(glossary, QStringLiteral("%1 credits (%2)"));
    QCOMPARE(credit.size(), 1);
    QCOMPARE(glossary.terms.at(credit.first()).accepted.value(QStringLiteral("ja")),
             QStringList{QStringLiteral("ポイント")});
    const QList<int> imCredit = termsIn(glossary, QStringLiteral("IM credits at US$2"));
    QCOMPARE(imCredit.size(), 1);
    QCOMPARE(glossary.terms.at(imCredit.first()).english.first(), QStringLiteral("IM credit"));
    QVERIFY(termsIn(glossary, QStringLiteral("{module} of %1")).isEmpty());
}

void TranslationsTest::glossaryTermsAreUsedConsistently()
{
    QFETCH(QString, language);
    const Glossary glossary =
        readGlossary(QStringLiteral(PARLEY_SOURCE_DIR "/translations/GLOSSARY.md"));
    QVERIFY2(glossary.error.isEmpty(), qPrintable(glossary.error));
    QString error;
    const QList<Entry> entries = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every accepted rendering of every term, longest first: taken out before looking for a
    // "never", so that 信用点数 is not a stray 点.
    QStringList accepted;
    for (const Term &term : glossary.terms)
        accepted << term.accepted.value(language);
    std::sort(accepted.begin(), accepted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList problems;
    int checked = 0;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        for (int index : termsIn(glossary, e.source)) {
            const Term &term = glossary.terms.at(index);
            if (glossary.exceptions.contains(term.english.first() + QLatin1Char('\n') + where +
                                             QLatin1Char('\n') + language))
                continue;
            ++checked;
            const QStringList &renderings = term.accepted.value(language);
            for (const QString &form : e.forms) {
                const bool said = std::any_of(
                    renderings.begin(), renderings.end(), [&form](const QString &rendering) {
                        return form.contains(rendering, Qt::CaseInsensitive);
                    });
                if (!said)
                    problems << QStringLiteral("\"%1\" is not said as %2 in %3 → %4")
                                    .arg(term.english.first(),
                                         renderings.join(QStringLiteral(" / ")), where, form);
                QString rest = form;
                for (const QString &rendering : accepted)
                    rest.replace(rendering, QStringLiteral(" "), Qt::CaseInsensitive);
                for (const QString &never : term.never.value(language))
                    if (rest.contains(never, Qt::CaseInsensitive))
                        problems << QStringLiteral("\"%1\" is said as %2 in %3 → %4")
                                        .arg(term.english.first(), never, where, form);
            }
        }
    }
    QVERIFY(checked > 300);
    // One line each (a QVERIFY2 message is cut short).
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 translations do not say a term as "
                                       "translations/GLOSSARY.md says (listed above): fix the "
                                       "translation, or add the string to the glossary's "
                                       "Exceptions with the reason")
                            .arg(problems.size())));
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
