// Administration ▸ Templates fits its window. The screenshot at 1280 px in Portuguese showed the
// editor beside the list wider than its half of the window: it scrolled sideways, Insert field
// was cut at its right edge, and the Buttons table's "Link ou número de telefone" was cut. At
// 1280×760 (the window's size, adminwindow.cpp) and 1024×660, in each language the desktop speaks,
// the editor never scrolls sideways and every header of the Buttons table shows its whole text;
// at 1280 px the table shows all its columns without scrolling either, and each counter under the
// message reads on one line.
#include "core/mirror/mirror.h"
#include "core/sync/hubclient.h"
#include "fitlanguages.h"
#include "ui/admin/adminwindow.h"
#include "ui/admin/templateeditor.h"
#include "ui/admin/templatepartseditor.h"
#include "ui/admin/templatespage.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::ui;

namespace {

// The rejected template of the demo, with a button of each kind.
MessageTemplate rejectedOffer()
{
    MessageTemplate t;
    t.id = 7;
    t.name = QStringLiteral("oferta_semana");
    t.language = QStringLiteral("pt_BR");
    t.body = QStringLiteral("Oi $[Leads.First Name]! Promoção: 20% off em toda a loja.");
    t.footer = QStringLiteral("Responda SAIR para não receber mais ofertas");
    t.buttons = {{TemplateButtonType::QuickReply, QStringLiteral("Quero ver"), {}, {}},
                 {TemplateButtonType::Url, QStringLiteral("Abrir loja"),
                  QStringLiteral("https://loja.example.com/{{1}}"), QStringLiteral("ofertas")},
                 {TemplateButtonType::PhoneNumber,
                  QStringLiteral("Ligar"),
                  QStringLiteral("+5511987651234"),
                  {}}};
    t.status = TemplateStatus::Rejected;
    t.rejectionReason = QStringLiteral("INCORRECT_CATEGORY");
    return t;
}

} // namespace

class TemplateEditorFitTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("fit.sqlite"))),
                 Mirror::OpenStatus::Ok);
    }

    void theEditorFitsAndItsHeadersAreWhole_data()
    {
        testing::addLanguageSizeRows({QSize(1280, 760), QSize(1024, 660)});
    }

    void theEditorFitsAndItsHeadersAreWhole()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const testing::ScopedLanguage language(lang);
        QVERIFY(language.loaded());
        const QLocale before;
        QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
        HubClient hub;
        AdminWindow window(m_mirror.database(), &hub);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The offscreen screen is smaller than either size: set after the show, which clamps.
        window.setGeometry(QRect(QPoint(0, 0), size));
        QTRY_COMPARE(window.size(), size);
        auto *editor = window.templates()->findChild<TemplateEditor *>();
        QVERIFY(editor);
        editor->load(rejectedOffer());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(window.size(), size);

        auto *scroll = window.templates()->findChild<QScrollArea *>(QStringLiteral("editorScroll"));
        QVERIFY(scroll);
        QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("the editor needs %1 px, %2 px shown")
                                .arg(editor->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));

        // Where there is room, each counter reads on one line.
        if (size.width() >= 1280) {
            for (const char *name : {"characterCount", "fieldCount", "templateCount"}) {
                auto *counter = editor->findChild<QLabel *>(QLatin1String(name));
                QVERIFY(counter);
                QVERIFY2(counter->height() < 2 * counter->fontMetrics().lineSpacing(),
                         qPrintable(QStringLiteral("\"%1\" is %2 px high, %3 px wide")
                                        .arg(counter->text())
                                        .arg(counter->height())
                                        .arg(counter->width())));
            }
        }

        auto *buttons = editor->parts()->findChild<QTableWidget *>(QStringLiteral("buttons"));
        QVERIFY(buttons);
        QCOMPARE(buttons->rowCount(), 3);
        const QHeaderView *header = buttons->horizontalHeader();
        const int margins =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < buttons->columnCount(); ++column) {
            const QString text = buttons->horizontalHeaderItem(column)->text();
            const int needed = header->fontMetrics().horizontalAdvance(text) + margins;
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("\"%1\" needs %2 px, its column is %3 px")
                                    .arg(text)
                                    .arg(needed)
                                    .arg(header->sectionSize(column))));
        }
        if (size.width() >= 1280)
            QVERIFY2(buttons->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("the columns need %1 px, %2 px shown")
                                    .arg(header->length())
                                    .arg(buttons->viewport()->width())));
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TemplateEditorFitTest)
#include "tst_templateeditorfit.moc"
