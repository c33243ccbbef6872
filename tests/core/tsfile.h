#pragma once

// The translation files as the translation suites (tst_translations, tst_glossary) read them:
// every entry of a .ts file with its context, source, state and forms.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace parley::testing {

struct Entry {
    QString context;
    QString source;
    QString type; // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms;
    bool numerus = false;
};

inline QList<Entry> readTs(const QString &path, QString *error)
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

inline QString tsPath(const QString &language)
{
    return QStringLiteral(PARLEY_SOURCE_DIR "/translations/parley_%1.ts").arg(language);
}

} // namespace parley::testing
