/** A titled panel around a view, with a PNG export of the view's canvas. */
import { useRef, type ReactNode } from 'react';
import { exportCanvasPng } from '../views/exportPng';

export function ViewPanel(props: {
  title: string;
  help: string;
  filename: string;
  children: ReactNode;
  className?: string;
}) {
  const body = useRef<HTMLDivElement>(null);
  const onPng = () => {
    const canvas = body.current?.querySelector('canvas');
    if (canvas) void exportCanvasPng(canvas, `${props.filename}.png`);
  };
  return (
    <section className={`view-panel ${props.className ?? ''}`} aria-label={props.title}>
      <header>
        <h2 title={props.help}>{props.title}</h2>
        <button
          className="small"
          onClick={onPng}
          title={`Download this view as ${props.filename}.png`}
        >
          PNG
        </button>
      </header>
      <div ref={body} className="view-body">
        {props.children}
      </div>
    </section>
  );
}
