// The translations are consistent: every product term of translations/GLOSSARY.md is said the
// way the glossary says, everywhere (a reader who meets two words takes them for two things).
// Split from tst_translations, which checks that every entry is there and finished.
#include "tsfile.h"

#include <QDebug>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace parley::testing;

namespace {

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

class GlossaryTest : public QObject {
    Q_OBJECT
private slots:
    void theGlossaryIsRead();
    void glossaryTermsAreUsedConsistently_data();
    void glossaryTermsAreUsedConsistently();
};

void GlossaryTest::theGlossaryIsRead()
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

void GlossaryTest::glossaryTermsAreUsedConsistently()
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

void GlossaryTest::glossaryTermsAreUsedConsistently_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : glossaryLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

QTEST_GUILESS_MAIN(GlossaryTest)
#include "tst_glossary.moc"
