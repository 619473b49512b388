/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-chart-export.h"

G_BEGIN_DECLS

typedef gboolean (*EscExportFunc) (gpointer              data,
                                   EscExportFormat       format,
                                   int                   width,
                                   int                   height,
                                   double                scale,
                                   const EscChartStyle  *style,
                                   const char           *path,
                                   GError              **error);

void esc_export_dialog_present (GtkWidget       *origin,
                                const char      *title,
                                EscExportFormat  format,
                                const char      *basename,
                                EscExportFunc    func,
                                gpointer         data,
                                GDestroyNotify   destroy);
void esc_toast (GtkWidget  *origin,
                const char *message);

G_END_DECLS
