// What the layout-fit suites (tst_recordpanelfit, tst_templateeditorfit) share: a row per
// language the desktop ships at each window size, and the desktop's words in that language.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTranslator>

#include <initializer_list>

namespace parley::testing {

// Columns "lang" and "size": every shipped language at each of `sizes`.
inline void addLanguageSizeRows(std::initializer_list<QSize> sizes)
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    for (const char *lang : {"en", "pt_BR", "zh_CN", "ja"}) {
        for (const QSize size : sizes) {
            QTest::addRow("%s %dx%d", lang, size.width(), size.height())
                << QString::fromLatin1(lang) << size;
        }
    }
}

// The desktop's translation for `lang` installed while this lives (English is the source text),
// removed again even when a check fails half-way.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString &lang)
    {
        if (lang == QLatin1String("en"))
            return;
        m_loaded = m_translator.load(QStringLiteral(":/i18n/parley_%1.qm").arg(lang));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = true;
};

} // namespace parley::testing
