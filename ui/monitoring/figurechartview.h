#pragma once
// A chart view whose bars or points can be chosen with the keyboard too: arrows move
// the current item (shown selected), Enter or Space opens it, like a click does.
#include <QChartView>

#include <functional>

namespace metodist::ui {

class FigureChartView : public QChartView {
    Q_OBJECT
public:
    explicit FigureChartView(QWidget *parent = nullptr);
    // Takes the chart (deletes the old one); `count` items, `highlight(i)` marks item i.
    void setFigureChart(QChart *chart, int count, std::function<void(int)> highlight = {});
    int current() const { return m_current; }
    void setCurrent(int index);

Q_SIGNALS:
    void activated(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int m_count = 0;
    int m_current = -1;
    std::function<void(int)> m_highlight;
};

} // namespace metodist::ui
