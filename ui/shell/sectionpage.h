#pragma once
// One section of the cycle in the main window's navigation (Реестр, Диагностика, ...).
#include "appcontext.h"

#include <QWidget>

namespace metodist::ui {

class SectionPage : public QWidget {
    Q_OBJECT
public:
    SectionPage(AppContext &context, QWidget *parent = nullptr) : QWidget(parent), m_context(context) {}
    // Called when the section becomes visible: load lazily, refresh cheaply.
    virtual void activate() {}

protected:
    AppContext &context() const { return m_context; }

private:
    AppContext &m_context;
};

} // namespace metodist::ui
