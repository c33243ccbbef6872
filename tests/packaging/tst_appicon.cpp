// The app icon as the desktop program loads it: the SVG compiled in as a Qt resource, drawn
// through the SVG icon engine at the sizes panels and docks ask for. PARLEY_ICON_PNG=file saves
// the 128 px rendering to look at.

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

class AppIconTest : public QObject {
    Q_OBJECT

    const QString m_resource = QStringLiteral(":/icons/io.parley.Parley.svg");

private slots:
    void resourceIsCompiledIn() { QVERIFY(QFile::exists(m_resource)); }

    void rendersSharplyAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%d", size) << size;
    }

    void rendersSharplyAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon(m_resource);
        QVERIFY(!icon.isNull());
        const QImage image =
            icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        // A scalable icon is drawn at the size asked for, not scaled from one bitmap.
        QCOMPARE(image.size(), QSize(size, size));
        // The corners stay transparent (the bubble's rounded outline), the middle is the green
        // bubble and the dots on it are white.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size - 1, 0)), 0);
        const QColor face = image.pixelColor(size / 2, size * 30 / 128);
        QCOMPARE(face.alpha(), 255);
        QVERIFY2(face.green() > 2 * face.red() && face.green() > face.blue(),
                 qPrintable(face.name()));
        if (size >= 32) {
            const QColor dot = image.pixelColor(size / 2, size * 53 / 128);
            QVERIFY2(dot.red() > 240 && dot.green() > 240 && dot.blue() > 240,
                     qPrintable(dot.name()));
        }
        if (size == 128 && qEnvironmentVariableIsSet("PARLEY_ICON_PNG"))
            QVERIFY(image.save(qEnvironmentVariable("PARLEY_ICON_PNG")));
    }

    void themeLookupFallsBackToTheResource()
    {
        // desktop_main.cpp asks the theme first (an installed hicolor icon), then the resource.
        QIcon::setThemeSearchPaths({});
        const QIcon icon = QIcon::fromTheme(QStringLiteral("io.parley.Parley"), QIcon(m_resource));
        QVERIFY(!icon.pixmap(48, 48).isNull());
    }
};

QTEST_MAIN(AppIconTest)
#include "tst_appicon.moc"
