/*
 * PrimeFaces renders every data table as an ARIA grid (role="grid", cells role="gridcell"), which tells
 * assistive technology the cells are interactive widgets and makes each cell a touch target (WCAG 2.2 2.5.8).
 * Our tables are plain read-only tables (no row selection, no cell editing): give them the table roles.
 */
(function () {
    function tableRoles(root) {
        (root || document).querySelectorAll('table[role="grid"]').forEach(function (table) {
            if (table.closest('.ui-datatable-selectable, .ui-datatable-editable')) {
                return;
            }
            table.setAttribute('role', 'table');
            table.querySelectorAll('[role="gridcell"]').forEach(function (cell) {
                cell.setAttribute('role', 'cell');
            });
        });
    }
    document.addEventListener('DOMContentLoaded', function () { tableRoles(); });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () { tableRoles(); });
    }
})();
