// Colours (issue #16, WCAG 2.1 AA): every pair Parley paints, in the light and the dark scheme,
// reaches 4.5:1 for text and 3:1 for the parts of a control; avatars' initials read on every
// hue; delivery states differ in shape, not only in colour; the field edges Fusion draws are
// measured on real pixels; labels with a meaning follow a change of scheme.
#include "ui/models/messagedelegate.h"
#include "ui/settings/appearance.h"
#include "ui/theme/palette.h"
#include "ui/theme/tone.h"

#include "core/domain/message.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QVBoxLayout>

using namespace parley;
using namespace parley::ui;

class ContrastTest : public QObject {
    Q_OBJECT
private slots:
    void theFormulaIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // The figures the issue measured on the old colours.
        QCOMPARE(qRound(contrastRatio(Qt::white, QColor(0x25, 0xD3, 0x66)) * 100), 198);
        QCOMPARE(qRound(contrastRatio(QColor(0xC0, 0x7B, 0x00), Qt::white) * 100), 346);
    }

    void everyPairOfBothSchemesPassesAA_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void everyPairOfBothSchemesPassesAA()
    {
        QFETCH(bool, dark);
        const Palette &palette = Palette::forScheme(dark);
        QCOMPARE(palette.dark, dark);
        QStringList failures;
        const QList<ColorPair> pairs = palette.pairs();
        QVERIFY(pairs.size() >= 30);
        for (const ColorPair &pair : pairs) {
            QVERIFY2(pair.foreground.isValid() && pair.background.isValid(), pair.name);
            const double ratio = contrastRatio(pair.foreground, pair.background);
            if (ratio < requiredContrast(pair.use))
                failures << QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(QString::fromLatin1(pair.name), pair.foreground.name(),
                                     pair.background.name())
                                .arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // The Qt palette of the scheme is made of the same colours.
        const QPalette qt = palette.toQPalette();
        QCOMPARE(qt.color(QPalette::PlaceholderText), palette.muted);
        QCOMPARE(qt.color(QPalette::Highlight), palette.highlight);
        QCOMPARE(Palette::isDark(qt), dark);
    }

    void everyAvatarHueCarriesItsInitials()
    {
        int darkened = 0;
        for (int hue = 0; hue < 360; ++hue) {
            const Palette::Avatar avatar = Palette::avatarForHue(hue);
            const double ratio = contrastRatio(avatar.fill, avatar.initials);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("hue %1: %2").arg(hue).arg(ratio)));
            const int drift = qAbs(avatar.fill.hslHue() - hue);
            QVERIFY(qMin(drift, 360 - drift) <= 3); // still that hue, only darker
            if (avatar.fill != QColor::fromHsl(hue, 110, 120))
                ++darkened;
        }
        QVERIFY(darkened > 0); // the old middle tone failed on some hues
        QCOMPARE(Palette::avatar(QStringLiteral("Ana Souza")).fill,
                 Palette::avatar(QStringLiteral("Ana Souza")).fill);
    }

    void deliveryStatesDifferInShape()
    {
        QSet<QString> shapes;
        for (const DeliveryState state :
             {DeliveryState::Pending, DeliveryState::Sent, DeliveryState::Delivered,
              DeliveryState::Read, DeliveryState::Failed}) {
            const QString ticks = MessageDelegate::ticks(int(state));
            QVERIFY(!ticks.isEmpty());
            shapes.insert(ticks);
        }
        QCOMPARE(shapes.size(), 5);
        QVERIFY(MessageDelegate::ticks(int(DeliveryState::Received)).isEmpty());
    }

    // Fusion's own edge is window.darker(140): 2.1:1 on white, 1.1:1 in the dark palette.
    // Measured on the pixels of a real line edit in both schemes.
    void fieldEdgesCanBeSeen_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void fieldEdgesCanBeSeen()
    {
        QFETCH(QString, choice);
        Appearance::apply(choice);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(20, 20, 20, 20);
        auto *focused = new QLineEdit(&window);
        auto *plain = new QLineEdit(&window);
        layout->addWidget(focused);
        layout->addWidget(plain);
        window.resize(300, 120);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        focused->setFocus();
        QTRY_VERIFY(focused->hasFocus());
        const QImage image = window.grab().toImage();
        if (qEnvironmentVariableIsSet("PARLEY_DUMP"))
            image.save(QStringLiteral("/tmp/edge-%1.png").arg(choice));
        for (QLineEdit *edit : {focused, plain}) {
            const QRect field = edit->geometry();
            const int y = field.center().y();
            const QColor inside = image.pixelColor(field.center());
            const QColor outside = image.pixelColor(5, y);
            // The pixel across the left edge that stands out most from both sides is the line.
            double best = 0;
            for (int x = field.left() - 1; x <= field.left() + 2; ++x)
                best = qMax(best, qMin(contrastRatio(image.pixelColor(x, y), inside),
                                       contrastRatio(image.pixelColor(x, y), outside)));
            QVERIFY2(best >= 3.0,
                     qPrintable(QStringLiteral("%1 %2 edge %3:1 (inside %4, outside %5)")
                                    .arg(choice, edit == focused ? "focused" : "plain")
                                    .arg(best)
                                    .arg(inside.name(), outside.name())));
        }
    }

    void tonedLabelsFollowTheScheme()
    {
        Appearance::apply(QStringLiteral("light"));
        QWidget window; // the application palette reaches child widgets
        auto *label = new QLabel(QStringLiteral("Offline"), &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        setTone(label, Tone::Error);
        QCOMPARE(label->palette().color(QPalette::WindowText), Palette::forScheme(false).error);
        Appearance::apply(QStringLiteral("dark"));
        QCOMPARE(label->palette().color(QPalette::WindowText), Palette::forScheme(true).error);
        // Back to normal: the scheme's own text colour again.
        setTone(label, Tone::Normal);
        QCOMPARE(label->palette().color(QPalette::WindowText), Palette::forScheme(true).windowText);
        Appearance::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(ContrastTest)
#include "tst_contrast.moc"
