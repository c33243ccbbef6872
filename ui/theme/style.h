#pragma once

#include <QProxyStyle>

namespace parley::ui {

// Fusion with field edges that can be seen. Fusion outlines fields, lists, boxes and buttons in
// `window.darker(140)`, which is 2.1:1 against a white field in the light palette and 1.1:1 in
// the dark one (WCAG 1.4.11 asks 3:1). No palette role sets it, so for those controls the style
// hands Fusion a copy of the option whose window colour darkens to exactly the Palette's
// fieldEdge; their fill comes from Base and Button, so nothing else changes. Focus keeps
// Fusion's highlight-coloured frame, drawn two pixels wide so it is seen.
class ParleyStyle : public QProxyStyle {
    Q_OBJECT
public:
    ParleyStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace parley::ui
