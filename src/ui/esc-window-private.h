/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of EscWindow: esc-window.c (the window, its views and state) and
 * esc-window-dataset.c (opening, reloading and watching datasets). */
#pragma once

#include "esc-items-table.h"
#include "esc-dataset.h"
#include "esc-election-menu.h"
#include "esc-history.h"
#include "esc-reactions-page.h"
#include "esc-sources-page.h"
#include "esc-window.h"

G_BEGIN_DECLS

typedef enum {
  STALE_RESULTS = 1 << 0,
  STALE_REACTIONS = 1 << 1,
  STALE_SOURCES = 1 << 2,
  STALE_TABLE = 1 << 3,
} EscStalePages;

struct _EscWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  EscDataset *dataset;
  GFile *file;                 /* NULL for the built-in dataset */
  char *etag;                  /* the version of @file last read or saved */
  EscHistory *history;         /* the dataset's undo and redo */
  char *autosave_key;          /* the name of its autosaved copy, once it has one */
  guint autosave_source;
  GCancellable *loading;       /* the load under way, if any */
  GPtrArray *warnings;         /* EscProblem, of the file last opened */
  GFileMonitor *monitor;
  guint reload_source;
  GPtrArray *pending_charts;   /* EscChart, cards still to add for the election on show */
  guint pending_index;
  guint cards_source;
  gboolean painted;            /* the window has painted its first frame */
  guint stale_pages;           /* EscStalePages: pages that show another election */

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
  AdwViewSwitcherTitle *switcher_title;
  EscElectionMenu *election_menu;
  GtkLabel *loading_indicator;
  GtkLabel *results_title;
  GtkLabel *results_date;
  GtkLabel *results_summary;
  GtkBox *cards_box;
  EscReactionsPage *reactions_page;
  EscSourcesPage *sources_page;
  EscItemsTable *items_table;
  GMenu *recent_section;
  GtkMenuButton *primary_menu_button;
  GMenuModel *primary_menu;
};

EscElection *esc_window_selected_election  (EscWindow  *self);
void esc_window_update_visible_page  (EscWindow  *self);
void esc_window_show_chart_mark      (EscWindow  *self,
                                      GObject    *cited_by);
void esc_window_stop_adding_cards    (EscWindow  *self);
void esc_window_pages_init           (EscWindow  *self);
void esc_window_set_dataset          (EscWindow  *self,
                                      EscDataset *dataset,
                                      GFile      *file);
void esc_window_load_default_dataset (EscWindow  *self);
void esc_window_update_recent_menu   (EscWindow  *self);
void esc_window_set_file             (EscWindow  *self,
                                      GFile      *file);
void esc_window_show_error           (EscWindow  *self,
                                      const char *heading,
                                      const char *body);
void esc_window_refresh              (EscWindow  *self);
void esc_window_watch_file           (EscWindow  *self);
void esc_window_edit_set_dataset     (EscWindow  *self,
                                      const char *etag);
gboolean esc_window_edit_close_request (EscWindow *self);
gboolean esc_window_edit_file_is_ours (EscWindow *self);
void esc_window_edit_class_init      (GtkWidgetClass *widget_class);
void esc_window_items_class_init     (GtkWidgetClass *widget_class);
void esc_window_tally_class_init     (GtkWidgetClass *widget_class);
gboolean esc_window_is_tally_file    (GFile      *file);
void esc_window_autosave_schedule    (EscWindow  *self);
void esc_window_autosave_remove      (EscWindow  *self);
void esc_window_autosave_offer_recovery (EscWindow *self);
void esc_window_autosave_class_init  (GtkWidgetClass *widget_class);
void esc_window_autosave_dispose     (EscWindow  *self);
void esc_window_edit_dispose         (EscWindow  *self);
void esc_window_dataset_class_init   (GtkWidgetClass *widget_class);
void esc_window_dataset_init         (EscWindow  *self);
void esc_window_dataset_dispose      (EscWindow  *self);

G_END_DECLS
