#include "ui/theme/style.h"

#include "ui/theme/palette.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace parley::ui {
namespace {

// The scheme of an option's palette, read from Base: Fusion passes an already seeded option
// (see below) on to nested primitives, whose window is no longer the real one.
const Palette &schemeOf(const QPalette &palette)
{
    return Palette::forScheme(palette.color(QPalette::Base).lightness() < 128);
}

// The window colour that Fusion's darker(140) turns into the scheme's field edge.
QColor seedWindow(const QPalette &palette)
{
    return schemeOf(palette).fieldEdge.lighter(140);
}

template <typename Option, typename Draw> bool drawSeeded(const QStyleOption *option, Draw draw)
{
    const auto *typed = qstyleoption_cast<const Option *>(option);
    if (!typed)
        return false;
    Option seeded(*typed);
    const QColor window = seedWindow(seeded.palette);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        seeded.palette.setColor(group, QPalette::Window, window);
    draw(&seeded);
    return true;
}

} // namespace

ParleyStyle::ParleyStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ParleyStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    const auto base = [&](const QStyleOption *seeded) {
        QProxyStyle::drawPrimitive(element, seeded, painter, widget);
    };
    switch (element) {
    case PE_FrameFocusRect: {
        // Fusion's dotted focus rectangle is faint; a solid highlight ring is seen in both
        // schemes (3:1 against window and base, see Palette::pairs()).
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const Palette &colors = schemeOf(option->palette);
        // On a selected row the highlight is the background: the ring takes the text colour.
        painter->setPen(
            QPen(option->state & State_Selected ? colors.highlightedText : colors.highlight, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
        painter->restore();
        return;
    }
    case PE_Frame: // lists, the reply box and other framed fields
    case PE_FrameLineEdit:
        if (drawSeeded<QStyleOptionFrame>(option, base)) {
            // Fusion's focused edge is the highlight lightened to 160/255, under 3:1 on a
            // white field; the focus ring is drawn over it in the highlight itself.
            if (option->state & State_HasFocus) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(QPen(schemeOf(option->palette).highlight, 2));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
                painter->restore();
            }
            return;
        }
        break;
    case PE_PanelLineEdit:
        if (drawSeeded<QStyleOptionFrame>(option, base))
            return;
        break;
    case PE_PanelButtonCommand:
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        if (drawSeeded<QStyleOptionButton>(option, base))
            return;
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ParleyStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                     QPainter *painter, const QWidget *widget) const
{
    const auto base = [&](const QStyleOption *seeded) {
        QProxyStyle::drawComplexControl(control, static_cast<const QStyleOptionComplex *>(seeded),
                                        painter, widget);
    };
    if (control == CC_ComboBox && drawSeeded<QStyleOptionComboBox>(option, base))
        return;
    if (control == CC_SpinBox && drawSeeded<QStyleOptionSpinBox>(option, base))
        return;
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace parley::ui
