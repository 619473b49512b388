/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-window.h"

struct _EscWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwViewStack *stack;
};

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_VIEW]);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_WINDOW);
  g_clear_object (&self->settings);

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EscWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EscWindow, stack);

  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, esc_window_open_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "visible-view");
}

static void
esc_window_init (EscWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
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

/* Datasets are read by the loader of the dataset issue; until then, say so plainly
 * instead of pretending the file was opened. */
void
esc_window_open_file (EscWindow *self,
                      GFile     *file)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (ESC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Toast titles are Pango markup, and a file name is the user's text, not ours. */
  /* Translators: %s is a file name. */
  message = g_markup_printf_escaped (_("“%s” was not opened: this version cannot read datasets yet"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
