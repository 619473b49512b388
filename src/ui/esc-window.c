/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-export-dialog.h"
#include "esc-presenter.h"
#include "esc-slides.h"
#include "esc-reaction.h"
#include "esc-menu-later.h"
#include "esc-window-private.h"

G_DEFINE_FINAL_TYPE (EscWindow, esc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_VISIBLE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_stack_visible_child_changed (EscWindow *self)
{
  esc_window_update_visible_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_VIEW]);
}

EscElection *
esc_window_selected_election (EscWindow *self)
{
  return esc_election_menu_get_selected_item (self->election_menu);
}

/* The results as charts, the reactions on a map and in a list, the articles in the
 * reader. */
static void
show_election (EscWindow *self)
{
  EscElection *election = esc_window_selected_election (self);
  g_autofree char *date = NULL;
  EscLocalizedText *summary;

  if (election == NULL)
    return;

  date = esc_text_date (esc_election_get_date (election));
  gtk_label_set_text (self->results_date, date ? date : "");
  gtk_widget_set_visible (GTK_WIDGET (self->results_date), date != NULL);

  gtk_label_set_text (self->results_title, esc_localized_text_get (esc_election_get_title (election)));
  summary = esc_election_get_summary (election);
  gtk_label_set_text (self->results_summary, summary ? esc_localized_text_get (summary) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->results_summary), summary != NULL);

  self->stale_pages |= STALE_RESULTS | STALE_REACTIONS | STALE_TABLE;
  esc_window_update_visible_page (self);
}

static void select_election_by_id (EscWindow  *self,
                                   const char *id);

static void
select_election (EscWindow   *self,
                 EscElection *election)
{
  select_election_by_id (self, esc_election_get_id (election));
}

/* A highlighted passage in the reader was followed: show what it supports. */
static void
on_cited_activated (EscWindow   *self,
                    GObject     *cited_by,
                    EscElection *election)
{
  select_election (self, election);
  if (ESC_IS_REACTION (cited_by))
    {
      EscReaction *reaction = ESC_REACTION (cited_by);

      esc_window_set_visible_view (self, "reactions");
      esc_reactions_page_select (self->reactions_page, esc_reaction_get_country (reaction)
                                                       ? esc_reaction_get_country (reaction)
                                                       : esc_reaction_get_organization_id (reaction));
      return;
    }
  esc_window_set_visible_view (self, "results");
  esc_window_show_chart_mark (self, cited_by);
}

/**
 * esc_window_show_sources:
 * @sources: (element-type EscSource): the sources of a figure or a reaction
 *
 * Switches to the Sources view with the passage of source @index selected.
 */
void
esc_window_show_sources (EscWindow *self,
                         GPtrArray *sources,
                         guint      index)
{
  g_return_if_fail (ESC_IS_WINDOW (self));

  esc_window_set_visible_view (self, "sources");
  esc_sources_page_show_sources (self->sources_page, sources, index);
}

static void
show_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscArticle *article = self->dataset ? esc_dataset_lookup_article (self->dataset, g_variant_get_string (parameter, NULL)) : NULL;

  if (article == NULL)
    return;
  esc_window_set_visible_view (self, "sources");
  esc_sources_page_show_article (self->sources_page, article);
}

/* The presentation of the election on show, fullscreen over the window. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);

  if (election != NULL)
    gtk_window_present (GTK_WINDOW (esc_presenter_new (GTK_WINDOW (self), election)));
}

static gboolean
export_slides (gpointer              election,
               EscExportFormat       format,
               int                   width,
               int                   height,
               double                scale,
               const EscChartStyle  *style,
               const char           *path,
               GError              **error)
{
  g_autoptr(GPtrArray) slides = esc_slides_for_election (election);
  EscChartStyle slide_style;
  g_autofree char *folder = NULL;

  esc_slide_style_init (&slide_style, FALSE);
  if (format == ESC_EXPORT_PDF)
    return esc_slides_export_pdf (slides, &slide_style, path, error);

  /* PNG: the name chosen, without its extension, becomes a folder of numbered slides. */
  folder = g_str_has_suffix (path, ".png") ? g_strndup (path, strlen (path) - 4) : g_strdup (path);
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), _("Could not create “%s”: %s"), folder,
                   g_strerror (errno));
      return FALSE;
    }
  return esc_slides_export_png (slides, &slide_style, (int) (width * scale), (int) (height * scale), folder, error);
}

static void
export_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  EscElection *election = esc_window_selected_election (self);
  gboolean pdf = g_str_equal (g_variant_get_string (parameter, NULL), "pdf");
  g_autofree char *basename = NULL;

  if (election == NULL)
    return;
  basename = g_strdup_printf ("%s--slides", esc_election_get_id (election));
  esc_export_dialog_present (widget, pdf ? _("Export Slides as PDF") : _("Export Slides as PNG Images"),
                             pdf ? ESC_EXPORT_PDF : ESC_EXPORT_PNG, basename, export_slides,
                             g_object_ref (election), g_object_unref);
}

static void
on_election_selected (EscWindow *self)
{
  show_election (self);
}

static void
select_election_by_id (EscWindow  *self,
                       const char *id)
{
  GListModel *elections = esc_dataset_get_elections (self->dataset);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      if (g_str_equal (esc_election_get_id (election), id))
        {
          esc_election_menu_set_selected (self->election_menu, i);
          return;
        }
    }
}

static char *
etag_of (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* After an edit: every view shows the dataset as it is now, the election on show too
 * (found again by its id, in case the edit removed it). */
void
esc_window_refresh (EscWindow *self)
{
  EscElection *shown = esc_window_selected_election (self);
  g_autofree char *shown_id = shown ? g_strdup (esc_election_get_id (shown)) : NULL;

  self->stale_pages |= STALE_SOURCES;
  select_election_by_id (self, shown_id);
  show_election (self);
}

/* @file is where the dataset on show is saved now. */
void
esc_window_set_file (EscWindow *self,
                     GFile     *file)
{
  g_set_object (&self->file, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", TRUE);
  esc_window_watch_file (self);
}

void
esc_window_show_error (EscWindow  *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows @dataset, which came from @file (NULL for the built-in one). The dataset is
 * replaced only once a new one has loaded, so a broken file never costs the old one. */
void
esc_window_set_dataset (EscWindow  *self,
                        EscDataset *dataset,
                        GFile      *file)
{
  EscElection *shown;
  g_autofree char *shown_id = NULL;

  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (ESC_IS_DATASET (dataset));

  /* A reload (on every save) keeps the election on show, found again by its id. */
  shown = esc_window_selected_election (self);
  shown_id = shown ? g_strdup (esc_election_get_id (shown)) : NULL;
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_set_object (&self->dataset, dataset);
  g_set_object (&self->file, file);
  g_signal_connect_swapped (dataset, "changed", G_CALLBACK (esc_window_refresh), self);
  esc_window_edit_set_dataset (self, file ? etag_of (file) : NULL);
  /* The Sources page shows the whole dataset: only a new one makes it stale. */
  self->stale_pages |= STALE_SOURCES;

  esc_election_menu_set_model (self->election_menu, esc_dataset_get_elections (dataset));
  select_election_by_id (self, shown_id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", file != NULL);
  show_election (self);

  /* G_MESSAGES_DEBUG=Escrutinio says which dataset a window shows, e.g. inside a sandbox. */
  g_debug ("Showing %s: %u elections, %u articles",
           file != NULL ? g_file_peek_path (file) : "the built-in dataset",
           g_list_model_get_n_items (esc_dataset_get_elections (dataset)),
           esc_dataset_get_articles (dataset)->len);
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  EscWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        esc_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* GtkFileDialog would be the choice from GTK 4.10 on; the native chooser works on the
 * 4.8 floor and goes through the file chooser portal inside Flatpak all the same. */
static void
esc_window_open_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  EscWindow *self = ESC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) any_filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (json_filter, _("Election datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter);

  gtk_file_filter_set_name (any_filter, _("All files"));
  gtk_file_filter_add_pattern (any_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), any_filter);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saved once, on close, rather than bound: a binding would write on every step of a
 * resize, and would write "not maximized" back before the window manager has had the
 * chance to maximize the window. */
static gboolean
esc_window_close_request (GtkWindow *window)
{
  EscWindow *self = ESC_WINDOW (window);
  int width, height;

  if (esc_window_edit_close_request (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (esc_window_parent_class)->close_request (window);
}

static void
restore_window_state (EscWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
esc_window_constructed (GObject *object)
{
  EscWindow *self = ESC_WINDOW (object);

  G_OBJECT_CLASS (esc_window_parent_class)->constructed (object);

  /* Not in init: GtkWindow sets "maximized" as a construct property after init, which
   * would undo a maximize made there. */
  restore_window_state (self);
  /* Once the window has its application, which says whether it is the first. */
  esc_window_autosave_offer_recovery (self);
}

static void
esc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EscWindow *self = ESC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_VIEW:
      g_value_set_string (value, esc_window_get_visible_view (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  EscWindow *self = ESC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_VIEW:
      esc_window_set_visible_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
esc_window_dispose (GObject *object)
{
  EscWindow *self = ESC_WINDOW (object);

  esc_window_dataset_dispose (self);
  esc_window_edit_dispose (self);
  esc_window_autosave_dispose (self);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  esc_window_stop_adding_cards (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (esc_window_parent_class)->dispose (object);
}

static void
esc_window_class_init (EscWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = esc_window_constructed;
  object_class->dispose = esc_window_dispose;
  object_class->get_property = esc_window_get_property;
  object_class->set_property = esc_window_set_property;

  window_class->close_request = esc_window_close_request;

  /**
   * EscWindow:visible-view:
   *
   * The name of the view on show: "results", "reactions" or "sources".
   */
  properties[PROP_VISIBLE_VIEW] =
    g_param_spec_string ("visible-view", NULL, NULL, "results",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ESC_TYPE_ELECTION_MENU);
  g_type_ensure (ESC_TYPE_REACTIONS_PAGE);
  g_type_ensure (ESC_TYPE_SOURCES_PAGE);
  g_type_ensure (ESC_TYPE_ITEMS_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EscWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, election_menu);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, loading_indicator);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, results_title);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, results_date);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, results_summary);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, reactions_page);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, sources_page);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, items_table);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, primary_menu);

  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_election_selected);

  gtk_widget_class_bind_template_callback (widget_class, on_cited_activated);
  gtk_widget_class_install_action (widget_class, "win.show-article", "s", show_article_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, esc_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export-slides", "s", export_slides_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "visible-view");
  esc_window_dataset_class_init (widget_class);
  esc_window_edit_class_init (widget_class);
  esc_window_items_class_init (widget_class);
  esc_window_tally_class_init (widget_class);
  esc_window_autosave_class_init (widget_class);
}

static void
esc_window_init (EscWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  esc_menu_button_set_menu_later (self->primary_menu_button, self->primary_menu);

  self->settings = g_settings_new (APPLICATION_ID);
  esc_window_pages_init (self);
  esc_window_dataset_init (self);
  esc_window_update_recent_menu (self);
  esc_window_load_default_dataset (self);
}

EscWindow *
esc_window_new (AdwApplication *application)
{
  return g_object_new (ESC_TYPE_WINDOW, "application", application, NULL);
}

const char *
esc_window_get_visible_view (EscWindow *self)
{
  g_return_val_if_fail (ESC_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
esc_window_set_visible_view (EscWindow  *self,
                             const char *view)
{
  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (view != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, view) == NULL)
    {
      g_warning ("No view named “%s”", view);
      return;
    }

  /* The stack's notify::visible-child-name reaches on_stack_visible_child_changed,
   * which notifies visible-view, and only on a real change. */
  adw_view_stack_set_visible_child_name (self->stack, view);
}


EscDataset *
esc_window_get_dataset (EscWindow *self)
{
  g_return_val_if_fail (ESC_IS_WINDOW (self), NULL);

  return self->dataset;
}

/* The file the dataset came from; NULL for the built-in one. */
GFile *
esc_window_get_file (EscWindow *self)
{
  g_return_val_if_fail (ESC_IS_WINDOW (self), NULL);

  return self->file;
}
