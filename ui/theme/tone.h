#pragma once

class QWidget;

namespace parley::ui {

// A label's text colour by meaning rather than by value: the colour comes from the Palette of
// the scheme in force and follows it when the application palette changes (Light ↔ Dark).
enum class Tone { Normal, Muted, Success, Warning, Error };

void setTone(QWidget *widget, Tone tone);

} // namespace parley::ui
