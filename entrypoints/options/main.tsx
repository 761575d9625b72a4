import { render } from 'preact';
import '../../components/popup.css';
import { Options } from '../../components/Options';
import { sendMessage } from '../../lib/platform/messages';

render(<Options loadCounts={() => sendMessage('getCounts', {})} />, document.getElementById('app')!);
