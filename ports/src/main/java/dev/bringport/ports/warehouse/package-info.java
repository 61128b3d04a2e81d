/** The Warehousing (pull order/article) port. */
package dev.bringport.ports.warehouse;
