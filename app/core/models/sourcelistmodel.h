#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Crosscheck::Core {

class Project;

/// The project's sources as a table (title, outlet, date, words, language), kept in step with
/// the project row by row.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, DateColumn, WordsColumn, LanguageColumn, ColumnCount };
    enum Roles {
        SourceIdRole = Qt::UserRole + 1, ///< qint64 id of the row's source
        SortRole,                        ///< a value that sorts naturally (numbers as numbers)
    };

    explicit SourceListModel(QObject *parent = nullptr);
    void setProject(Project *project);
    Project *project() const { return m_project; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfSource(qint64 id) const;

private:
    Project *m_project = nullptr;
};

} // namespace Crosscheck::Core
